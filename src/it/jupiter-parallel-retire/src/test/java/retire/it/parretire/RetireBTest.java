package retire.it.parretire;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Trace;

/** Runs beside RetireATest; both tests are running when a1 fails. */
class RetireBTest {
    @Test
    void b1() throws Exception {
        Trace.run("RetireBTest.b1", 2500);
    }

    @Test
    void b2() throws Exception {
        Trace.run("RetireBTest.b2", 2500);
    }
}
