package retire.it.timeout;

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** A deadlock on two monitors between the test thread and "it-deadlock-other". */
@TestMethodOrder(MethodOrderer.MethodName.class)
class DeadlockTest {
    static final class FirstLock {
    }

    static final class SecondLock {
    }

    @Test
    void a_passesBefore() {
        Marks.pid("DeadlockTest.a_passesBefore");
    }

    @Test
    void b_deadlock() throws Exception {
        Marks.pid("DeadlockTest.b_deadlock");
        Object first = new FirstLock();
        Object second = new SecondLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread other = new Thread(() -> {
            synchronized (second) {
                bothHoldOne.countDown();
                awaitQuietly(bothHoldOne);
                synchronized (first) {
                    System.out.println("DeadlockTest: it-deadlock-other got both locks");
                }
            }
        }, "it-deadlock-other");
        other.setDaemon(true);
        other.start();
        synchronized (first) {
            bothHoldOne.countDown();
            bothHoldOne.await();
            synchronized (second) {
                System.out.println("DeadlockTest: the test thread got both locks");
            }
        }
        throw new AssertionError("no deadlock");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void c_passesAfter() {
        Marks.pid("DeadlockTest.c_passesAfter");
    }
}
