package retire.it.stall;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * b_stall stalls the whole JVM: "it-spinner" runs a C2-compiled nested int loop that, with the pom's
 * argLine, has no safepoint poll, and the test thread then asks for a GC. The VM thread waits for the
 * spinner to reach a safepoint, which it never does, and every other Java thread (retire's Java watchdog
 * included) stays stopped at the safepoint meanwhile.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class StallTest {
    static volatile int sink;

    static int spin(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                acc += i ^ j;
            }
        }
        return acc;
    }

    @Test
    void a_passesBefore() {
        System.out.println("StallTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_stall() throws Exception {
        System.out.println("StallTest.b_stall pid " + ProcessHandle.current().pid());
        for (int k = 0; k < 20; k++) {
            sink += spin(1000); // get spin() compiled by C2
        }
        Thread spinner = new Thread(() -> {
            while (true) {
                sink += spin(Integer.MAX_VALUE);
            }
        }, "it-spinner");
        spinner.setDaemon(true);
        spinner.start();
        Thread.sleep(200);
        System.out.println("StallTest.b_stall: System.gc()");
        System.gc(); // needs a safepoint that the spinner never reaches
        // Only reached when the JVM did not stall: then the Java stage ends the worker, with a thread dump,
        // and the verify script fails on the missing "unresponsive" detail.
        System.out.println("StallTest.b_stall: System.gc() returned, no stall");
        Thread.sleep(600_000);
    }

    @Test
    void c_passesAfter() {
        System.out.println("StallTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("StallTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
