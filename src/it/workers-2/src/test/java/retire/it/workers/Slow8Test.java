package retire.it.workers;

import org.junit.jupiter.api.Test;

class Slow8Test {

    @Test
    void first() throws InterruptedException {
        System.out.println("WORKER-PID=" + ProcessHandle.current().pid());
        Thread.sleep(300);
    }

    @Test
    void second() throws InterruptedException {
        System.out.println("WORKER-PID=" + ProcessHandle.current().pid());
        Thread.sleep(300);
    }
}
