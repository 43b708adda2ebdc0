/*
 * For NativeWatchdogTest, through LD_PRELOAD: makes pthread_condattr_setclock (RH_FAIL=setclock) or
 * pthread_cond_init (RH_FAIL=cond_init) fail when, and only when, libretire_hardkill calls it; the JVM's
 * own calls go through to glibc.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int failing(const char *what, void *caller) {
    const char *fail = getenv("RH_FAIL");
    Dl_info info;
    return fail != NULL && strcmp(fail, what) == 0 && dladdr(caller, &info) != 0 && info.dli_fname != NULL
        && strstr(info.dli_fname, "libretire_hardkill") != NULL;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock) {
    if (failing("setclock", __builtin_return_address(0))) {
        return EINVAL;
    }
    int (*real)(pthread_condattr_t *, clockid_t) =
        (int (*)(pthread_condattr_t *, clockid_t)) dlsym(RTLD_NEXT, "pthread_condattr_setclock");
    return real(attr, clock);
}

int pthread_cond_init(pthread_cond_t *cond, const pthread_condattr_t *attr) {
    if (failing("cond_init", __builtin_return_address(0))) {
        return EAGAIN;
    }
    /* The current version: a plain dlsym finds glibc's pre-2.3.2 compatibility one. */
    int (*real)(pthread_cond_t *, const pthread_condattr_t *) =
        (int (*)(pthread_cond_t *, const pthread_condattr_t *)) dlvsym(RTLD_NEXT, "pthread_cond_init", "GLIBC_2.3.2");
    return real(cond, attr);
}
