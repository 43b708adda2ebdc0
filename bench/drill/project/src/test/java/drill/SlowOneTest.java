package drill;

import org.junit.jupiter.api.Test;

/** Slow passing tests: time for the drill to hit a worker in the middle of one. */
class SlowOneTest {
    @Test void s1() throws Exception { step(1); }
    @Test void s2() throws Exception { step(2); }
    @Test void s3() throws Exception { step(3); }
    @Test void s4() throws Exception { step(4); }
    @Test void s5() throws Exception { step(5); }
    @Test void s6() throws Exception { step(6); }

    private static void step(int n) throws InterruptedException {
        System.out.println("SlowOneTest step " + n);
        Thread.sleep(300);
    }
}
