package retire.it.junit4;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * JVM-wide poison shared by every test class of this IT: a static flag plus a system property, the
 * kind of state a broken native library leaves behind. Only a fresh JVM is free of it. Every test
 * also prints the pid of its JVM and its place in that JVM's order, for verify.groovy.
 */
public final class Poison {
    public static final String PROPERTY = "it.poisoned";
    private static volatile boolean poisoned;
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Poison() {
    }

    /** Prints "RETIRE-IT-PID=<pid> SEQ=<n> TEST=<test>" (n counts the marks of this JVM). */
    public static void mark(String test) {
        System.out.println("RETIRE-IT-PID=" + ProcessHandle.current().pid() + " SEQ=" + SEQ.incrementAndGet()
                + " TEST=" + test);
    }

    public static void poison(String by) {
        poisoned = true;
        System.setProperty(PROPERTY, by);
    }

    /** Fails when this JVM already ran a poisoning test. */
    public static void assertClean(String test) {
        if (poisoned || System.getProperty(PROPERTY) != null) {
            throw new AssertionError(test + " runs in a poisoned JVM (static flag " + poisoned + ", poisoned by "
                    + System.getProperty(PROPERTY) + ")");
        }
    }

    /** The first line of every test: mark, then check the JVM is clean. */
    public static void enter(String test) {
        mark(test);
        assertClean(test);
    }
}
