package retire.it.broken;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class ABrokenTest {
    @Test
    void a_passes() {
        System.out.println("ABrokenTest.a ran");
    }

    @Test
    void b_unprintableException() {
        System.out.println("ABrokenTest.b ran");
        throw new Broken.UnprintableException();
    }

    @Test
    void c_passes() {
        System.out.println("ABrokenTest.c ran");
    }

    @Test
    void d_unprintableAssertion() {
        System.out.println("ABrokenTest.d ran");
        throw new Broken.UnprintableAssertion();
    }

    @Test
    void e_causeCycle() {
        System.out.println("ABrokenTest.e ran");
        throw Broken.causeCycle();
    }

    @Test
    void f_passes() {
        System.out.println("ABrokenTest.f ran");
    }

    /**
     * Last: JUnit's own stack-trace pruning calls getCause, which throws out of the test's end (its listeners
     * never hear of it), and the class fails with that.
     */
    @Test
    void g_causeThrows() {
        System.out.println("ABrokenTest.g ran");
        throw new Broken.CauseThrows();
    }
}
