package io.github.retire.booter;

import java.util.Collections;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of the class-data training JVM. The supervisor runs it once per worker classpath with
 * {@code -XX:ArchiveClassesAtExit}, so the classes a worker loads to start and run its first tests
 * are archived, and later workers map them instead of loading, verifying and linking them again.
 * It rehearses what a worker does (a launcher, a class run, a run by unique id, events encoded)
 * with {@link WarmUpFixture}, as a spare's warm-up does, and sends the events nowhere. It takes no
 * arguments and talks to no one: nothing about it says "worker" to the processes it could start.
 */
public final class Training {
    /** A training JVM that has not finished by then is stuck; the supervisor does not wait for it. */
    private static final long LIMIT_MILLIS = 120_000;

    private Training() {
    }

    public static void main(String[] args) {
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(LIMIT_MILLIS);
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "retire-training-limit");
        limit.setDaemon(true);
        limit.start();
        try {
            Rehearsal.run();
        } catch (Throwable t) {
            // Only jars ahead of every directory are on the training classpath (see the provider's
            // ClassDataSharing), and a jar sharing a name with test-classes stays behind: whatever of
            // the rehearsal that leaves out fails here. What did load is still worth archiving.
            System.err.println("[retire] training stopped early: " + t);
        }
        System.exit(0);
    }

    /**
     * Apart from {@link Training}, so that a classpath without the JUnit Platform still loads Training,
     * which then archives what it can.
     */
    private static final class Rehearsal {
        private Rehearsal() {
        }

        static void run() {
            TestExecutionListener listener;
            try {
                listener = new ReportingListener(Events.discarding(), null, null, null);
            } catch (LinkageError e) {
                // Surefire's jars stayed behind the directories; the JUnit part is still worth rehearsing.
                listener = new TestExecutionListener() { };
            }
            TestRunner.rehearse(LauncherFactory.create(), listener, Collections.emptyMap());
        }
    }
}
