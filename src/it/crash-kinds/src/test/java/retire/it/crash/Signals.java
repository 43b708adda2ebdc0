package retire.it.crash;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;

/** Ways for a test to end its own JVM from below Java. Not a test class. */
final class Signals {
    private Signals() {
    }

    /** Sends the signal to this JVM with kill(1), then waits to be ended by it. */
    static void send(String signal) throws Exception {
        long pid = ProcessHandle.current().pid();
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
        kill.waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(30_000);
    }

    /** Writes to address 0 through sun.misc.Unsafe: SIGSEGV, which the JVM reports as a fatal error. */
    static void segfault() throws Exception {
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        ((sun.misc.Unsafe) f.get(null)).putAddress(0, 0);
    }
}
