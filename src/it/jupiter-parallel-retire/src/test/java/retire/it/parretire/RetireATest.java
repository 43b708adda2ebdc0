package retire.it.parretire;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Trace;

/** a1 fails while a2, a3 (and the other classes' first tests) still run beside it. */
class RetireATest {
    @Test
    void a1() throws Exception {
        Trace.run("RetireATest.a1", 300);
        fail("a1 fails while the others run");
    }

    @Test
    void a2() throws Exception {
        Trace.run("RetireATest.a2", 2500);
    }

    @Test
    void a3() throws Exception {
        Trace.run("RetireATest.a3", 2500);
    }
}
