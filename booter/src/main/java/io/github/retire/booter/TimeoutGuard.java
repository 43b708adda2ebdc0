package io.github.retire.booter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Map;

import io.github.retire.hardkill.NativeWatchdog;
import io.github.retire.wire.Durations;
import io.github.retire.wire.EventType;

/**
 * The hard per-test limit ({@code retire.testTimeout}), a backstop above JUnit's own {@code @Timeout}.
 * Every JUnit event of a class restarts the clock, so static init, {@code @BeforeAll}, each test and
 * {@code @AfterAll} each get the full limit. Two stages:
 * <ol>
 *   <li>at the deadline a Java thread sends a TIMEOUT event with a thread dump (the test thread
 *       first) and halts the worker;</li>
 *   <li>if that has not happened {@code retire.timeoutGrace} later, because the JVM is stalled (a
 *       safepoint that never comes, say), the native watchdog {@code _exit}s the process.</li>
 * </ol>
 * Without the native watchdog only the first stage exists.
 */
final class TimeoutGuard {
    /** Status of a worker that ended itself at its deadline. */
    static final int TIMEOUT_EXIT = 124;

    private final long timeoutMillis;
    private final long graceMillis;
    private final NativeWatchdog watchdog;
    private final Events events;
    private String guarded;
    private Thread guardedThread;
    private long deadline;

    /** Longer limits are this one: 30 days keeps every deadline far from overflowing a long of ns. */
    static final long LONGEST_MILLIS = 30L * 24 * 3600 * 1000;

    TimeoutGuard(long timeoutMillis, long graceMillis, NativeWatchdog watchdog, Events events) {
        this.timeoutMillis = Math.min(timeoutMillis, LONGEST_MILLIS);
        this.graceMillis = Math.min(graceMillis, LONGEST_MILLIS);
        this.watchdog = watchdog;
        this.events = events;
        Thread thread = new Thread(this::watch, "retire-timeout");
        thread.setDaemon(true);
        thread.start();
    }

    /** Restarts the clock for the test or class with this unique id, run by the calling thread. */
    synchronized void restart(String uniqueId) {
        guarded = uniqueId;
        guardedThread = Thread.currentThread();
        boolean wasIdle = deadline == 0;
        deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        if (watchdog != null) {
            watchdog.arm((timeoutMillis + graceMillis) * 1_000_000L);
        }
        // A later deadline is found when the watcher wakes for the old one: no wake-up per test.
        if (wasIdle) {
            notifyAll();
        }
    }

    synchronized void stop() {
        deadline = 0;
        if (watchdog != null) {
            watchdog.disarm();
        }
    }

    private synchronized void watch() {
        try {
            while (true) {
                long now = System.nanoTime();
                if (deadline == 0) {
                    wait();
                } else if (deadline - now > 0) {
                    long nanos = deadline - now;
                    wait(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
                } else {
                    fire();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fire() {
        String message = Durations.timedOutAfter(timeoutMillis);
        events.send(EventType.TIMEOUT, null, guarded, message, threadDump(guardedThread));
        events.flush();
        Runtime.getRuntime().halt(TIMEOUT_EXIT);
    }

    /** All threads, the guarded one first, with locks, as jstack would show them. */
    static String threadDump(Thread first) {
        StringBuilder dump = new StringBuilder();
        ThreadInfo[] infos = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
        if (first != null) {
            append(dump, first, stacks.get(first), infos);
        }
        for (Map.Entry<Thread, StackTraceElement[]> e : stacks.entrySet()) {
            if (e.getKey() != first) {
                append(dump, e.getKey(), e.getValue(), infos);
            }
        }
        return dump.toString();
    }

    private static void append(StringBuilder dump, Thread thread, StackTraceElement[] stack, ThreadInfo[] infos) {
        dump.append('"').append(thread.getName()).append("\" ").append(thread.getState());
        for (ThreadInfo info : infos) {
            if (info.getThreadId() == thread.getId() && info.getLockName() != null) {
                dump.append(" on ").append(info.getLockName());
                if (info.getLockOwnerName() != null) {
                    dump.append(" owned by \"").append(info.getLockOwnerName()).append('"');
                }
            }
        }
        dump.append('\n');
        if (stack != null) {
            for (StackTraceElement frame : stack) {
                dump.append("\tat ").append(frame).append('\n');
            }
        }
        dump.append('\n');
    }
}
