package io.github.retire.booter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.github.retire.hardkill.NativeWatchdog;

/**
 * A worker never outlives its supervisor (Surefire's fork, the worker's parent process). The command
 * reader halts the worker when the connection closes, but only while Java threads run, and only until
 * SHUTDOWN. So the worker also watches its parent pid, every {@value #PERIOD_MILLIS} ms, for its whole
 * life (shutdown hooks included), and halts when it changes (the parent died and the worker was
 * re-parented):
 * <ul>
 *   <li>with {@code retire.hardkill=native}, from a C thread, which needs nothing from the JVM and ends
 *       even a JVM stalled at a safepoint;</li>
 *   <li>otherwise from a Java thread, which cannot run while the JVM is stalled.</li>
 * </ul>
 * Loading the native library takes a while on a busy machine, so it is done off the start-up path;
 * until the watch runs, the closed connection covers the supervisor's death.
 */
final class ParentWatch {
    static final long PERIOD_MILLIS = 250;

    private ParentWatch() {
    }

    /**
     * Starts the watch. The future gives the loaded native library for the timeout watchdog; it fails
     * with why the library cannot be had, and the Java watch runs instead.
     *
     * @param scratch where the library is extracted (the run's private directory), null for java.io.tmpdir
     */
    static CompletableFuture<NativeWatchdog> start(boolean nativeHardkill, String workerId, Path dumpFile,
                                                   Path scratch) {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        CompletableFuture<NativeWatchdog> loaded = new CompletableFuture<>();
        if (!nativeHardkill) {
            loaded.completeExceptionally(new IOException("retire.hardkill=java"));
            startJava(parent, workerId, dumpFile);
            return loaded;
        }
        Thread loader = new Thread(() -> {
            try {
                NativeWatchdog watchdog = NativeWatchdog.load(scratch);
                // The parent seen at start: one that died while the library loaded must still count.
                watchdog.watchParent(PERIOD_MILLIS * 1_000_000L, Math.max(parent, 0), "[retire] worker " + workerId
                        + ": its supervisor (pid " + parent + ", Surefire's fork) is gone; the native watchdog"
                        + " ended this worker\n", WorkerMain.EXIT_SUPERVISOR_GONE);
                loaded.complete(watchdog);
            } catch (IOException | LinkageError | RuntimeException e) {
                startJava(parent, workerId, dumpFile);
                loaded.completeExceptionally(e);
            }
        }, "retire-hardkill-loader");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /**
     * Waits until the library is loaded or has failed to, before the first test: no test may see the
     * {@code jffi.extract.dir} that loading sets for a moment. The launcher's start-up, which runs
     * meanwhile, usually takes longer.
     */
    static void awaitLoad(CompletableFuture<NativeWatchdog> loaded) {
        try {
            loaded.join();
        } catch (RuntimeException e) {
            // failed: the Java watch runs instead, and TimeoutGuard says why when it matters
        }
    }

    private static void startJava(long parent, String workerId, Path dumpFile) {
        if (parent < 0) {
            return; // no parent to compare with; the closed connection still ends the worker
        }
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    // a test interrupting every thread must not end the watch
                }
            }
            ThreadDump.dumpThreads(dumpFile, workerId, "its supervisor (Surefire's fork) went away");
            Runtime.getRuntime().halt(WorkerMain.EXIT_SUPERVISOR_GONE);
        }, "retire-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
