package drill;

import org.junit.jupiter.api.Test;

/** Output on both streams, so that faults land in the middle of output events too. */
class PrintTest {
    @Test void out() throws Exception { print(System.out, "out"); }
    @Test void err() throws Exception { print(System.err, "err"); }
    @Test void both() throws Exception { print(System.out, "both"); print(System.err, "both"); }
    @Test void quiet() throws Exception { Thread.sleep(200); }

    private static void print(java.io.PrintStream stream, String what) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            stream.println("PrintTest " + what + " line " + i + " ........................................");
            if (i % 10 == 0) {
                Thread.sleep(40);
            }
        }
    }
}
