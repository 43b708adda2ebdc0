package retire.it.conservation;

import java.util.concurrent.atomic.AtomicInteger;

/** Every test prints the pid of its JVM and its place in that JVM's order, for verify.groovy. */
final class Marks {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Marks() {
    }

    static void mark(String test) {
        System.out.println("RETIRE-IT-PID=" + ProcessHandle.current().pid() + " SEQ=" + SEQ.incrementAndGet()
                + " TEST=" + test);
    }
}
