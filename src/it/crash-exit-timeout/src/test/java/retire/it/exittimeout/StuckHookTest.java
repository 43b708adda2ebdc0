package retire.it.exittimeout;

import org.junit.jupiter.api.Test;

class StuckHookTest {
    @Test
    void leavesAShutdownHookThatNeverReturns() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // keep the JVM from ending
                }
            }
        }, "stuck-hook"));
        Thread keeper = new Thread(() -> {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException ignored) {
                // a non-daemon thread as well
            }
        }, "non-daemon");
        keeper.start();
    }

    @Test
    void passes() {
    }
}
