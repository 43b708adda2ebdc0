package retire.it.interrupt;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class A1BodyTest {
    @Test
    void a_leavesFlagInBody() {
        Flag.seen("A1BodyTest.a");
        Flag.leave("A1BodyTest.a");
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void b_next() throws InterruptedException {
        Flag.seen("A1BodyTest.b");
        Thread.sleep(5); // throws if the flag were still set
    }

    @Test
    void c_leavesFlagThenFails() {
        Flag.leave("A1BodyTest.c");
        fail("fails with the interrupt flag set");
    }

    @Test
    void d_afterFailure() throws InterruptedException {
        Flag.seen("A1BodyTest.d");
        Thread.sleep(5);
    }

    @Test
    void e_leavesFlagAndLotsOfOutput() {
        // more than a worker's event buffer holds at once, written while the flag is set
        Thread.currentThread().interrupt();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            line.append("0123456789");
        }
        for (int i = 0; i < 300; i++) {
            System.out.println(i + " " + line);
        }
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void f_last() throws InterruptedException {
        Flag.seen("A1BodyTest.f");
        Thread.sleep(5);
    }
}
