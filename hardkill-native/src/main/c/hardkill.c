/*
 * retire hardkill: one watchdog pthread that ends the process with _exit() when a deadline passes.
 *
 * It needs nothing from the JVM once started: no safepoint, no Java thread, no signal delivery. So it
 * ends a JVM that is stalled at a safepoint, deadlocked, or blocked in native code, where a Java
 * watchdog thread calling Runtime.halt never runs and SIGTERM is ignored.
 *
 * A second thread (rh_watch_parent) ends the process when its parent dies, for the same reason: a worker
 * whose supervisor was killed must go even when its Java threads cannot run to notice the closed
 * connection. It polls getppid() on its own clock rather than using PR_SET_PDEATHSIG, which fires when
 * the parent *thread* that forked us ends (a pool thread in the supervisor, say), not the parent process.
 *
 * All arguments and results are 64-bit integers, so the Java side calls through jffi's fast
 * integer invokers without marshalling.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed;
static int started;
/* Absolute CLOCK_MONOTONIC deadline in ns; 0 when disarmed. */
static int64_t deadline;
/* The deadline the watchdog is sleeping towards; 0 when it sleeps without one. */
static int64_t waiting_for;
static char *message;
static size_t message_length;
static int exit_code;

int64_t rh_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        bytes += n;
        length -= (size_t) n;
    }
}

static void *watch(void *unused) {
    (void) unused;
    pthread_mutex_lock(&lock);
    for (;;) {
        if (deadline == 0) {
            waiting_for = 0;
            pthread_cond_wait(&changed, &lock);
            continue;
        }
        if (rh_now() >= deadline) {
            break;
        }
        struct timespec until;
        until.tv_sec = deadline / 1000000000LL;
        until.tv_nsec = deadline % 1000000000LL;
        waiting_for = deadline;
        pthread_cond_timedwait(&changed, &lock, &until);
    }
    write_all(2, message, message_length);
    _exit(exit_code);
    return NULL;
}

/* Creates a detached thread that inherits a mask blocking every signal: it never runs a signal handler,
 * the JVM's included, and no signal meant for the process is delivered to it. */
static int start_thread(void *(*body)(void *)) {
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pthread_t thread;
    int rc = pthread_create(&thread, NULL, body, NULL);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (rc == 0) {
        pthread_detach(thread);
    }
    return rc;
}

static char *copy(int64_t address, int64_t length) {
    char *bytes = malloc(length > 0 ? (size_t) length : 1);
    if (bytes != NULL && length > 0) {
        memcpy(bytes, (const void *) (intptr_t) address, (size_t) length);
    }
    return bytes;
}

/* Starts the watchdog once. The message is written to fd 2 just before _exit(code). 0 on success. */
int64_t rh_start(int64_t message_address, int64_t length, int64_t code) {
    pthread_mutex_lock(&lock);
    if (started) {
        pthread_mutex_unlock(&lock);
        return 0;
    }
    message = copy(message_address, length);
    if (message == NULL) {
        pthread_mutex_unlock(&lock);
        return ENOMEM;
    }
    message_length = (size_t) length;
    exit_code = (int) code;

    /* Deadlines are CLOCK_MONOTONIC: a condition variable left on the default CLOCK_REALTIME would take
     * every deadline as long past and spin, and one that failed to initialise is undefined behaviour.
     * Either is reported, and the Java side goes on with the Java watchdog. */
    pthread_condattr_t attr;
    int rc = pthread_condattr_init(&attr);
    if (rc == 0) {
        rc = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
        if (rc == 0) {
            rc = pthread_cond_init(&changed, &attr);
        }
        pthread_condattr_destroy(&attr);
        if (rc == 0) {
            rc = start_thread(watch);
            if (rc != 0) {
                pthread_cond_destroy(&changed);
            }
        }
    }
    if (rc == 0) {
        started = 1;
    } else {
        free(message);
        message = NULL;
    }
    pthread_mutex_unlock(&lock);
    return rc;
}

/*
 * Arms (or re-arms) the deadline, timeout_ns from now. The watchdog is woken only when it sleeps
 * without a deadline or towards a later one; otherwise it finds the new deadline when it wakes. So an
 * arm and a disarm cost one mutex each and at most one signal.
 */
int64_t rh_arm(int64_t timeout_ns) {
    int64_t absolute_deadline = rh_now() + timeout_ns;
    pthread_mutex_lock(&lock);
    deadline = absolute_deadline;
    if (waiting_for == 0 || absolute_deadline < waiting_for) {
        pthread_cond_signal(&changed);
    }
    pthread_mutex_unlock(&lock);
    return 0;
}

int64_t rh_disarm(void) {
    pthread_mutex_lock(&lock);
    deadline = 0;
    pthread_mutex_unlock(&lock);
    return 0;
}

static pthread_mutex_t parent_lock = PTHREAD_MUTEX_INITIALIZER;
static int parent_watched;
static pid_t parent;
static int64_t parent_period_ns;
static char *parent_message;
static size_t parent_message_length;
static int parent_exit_code;

static void *watch_parent(void *unused) {
    (void) unused;
    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (;;) {
        /* Absolute wake-ups: a late wake-up (a loaded machine) does not push the next one back. */
        int64_t ns = next.tv_nsec + parent_period_ns;
        next.tv_sec += ns / 1000000000LL;
        next.tv_nsec = ns % 1000000000LL;
        while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL) == EINTR) {
        }
        if (getppid() != parent) {
            break;
        }
    }
    write_all(2, parent_message, parent_message_length);
    _exit(parent_exit_code);
    return NULL;
}

/*
 * Starts, once, a thread that _exit(code)s the process, after writing the message to fd 2, as soon as it
 * finds getppid() no longer equal to expected_parent: the parent died and we were re-parented. The caller
 * names the parent it saw at its start, so a parent that died before the watch began is not mistaken
 * for the one to watch; 0 takes getppid() now. It wakes every period_ns, and is otherwise asleep. 0 on
 * success, or an errno.
 */
int64_t rh_watch_parent(int64_t period_ns, int64_t expected_parent, int64_t message_address, int64_t length,
                        int64_t code) {
    if (period_ns <= 0 || length < 0 || expected_parent < 0) {
        return EINVAL;
    }
    pthread_mutex_lock(&parent_lock);
    if (parent_watched) {
        pthread_mutex_unlock(&parent_lock);
        return 0;
    }
    parent_message = copy(message_address, length);
    if (parent_message == NULL) {
        pthread_mutex_unlock(&parent_lock);
        return ENOMEM;
    }
    parent_message_length = (size_t) length;
    parent_exit_code = (int) code;
    parent_period_ns = period_ns;
    parent = expected_parent > 0 ? (pid_t) expected_parent : getppid();
    int rc = start_thread(watch_parent);
    if (rc == 0) {
        parent_watched = 1;
    } else {
        free(parent_message);
        parent_message = NULL;
    }
    pthread_mutex_unlock(&parent_lock);
    return rc;
}

/* The parent pid the watch compares with; 0 before rh_watch_parent. For tests and messages. */
int64_t rh_watched_parent(void) {
    pthread_mutex_lock(&parent_lock);
    int64_t pid = parent_watched ? parent : 0;
    pthread_mutex_unlock(&parent_lock);
    return pid;
}
