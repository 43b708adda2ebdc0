package retire.it.crashinit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/** The worker exits in @BeforeAll: no test of the class has started, so the class gets the error. */
class BeforeAllExitTest {
    @BeforeAll
    static void exitBeforeAnyTest() {
        Marks.pid("BeforeAllExitTest.exitBeforeAnyTest");
        System.exit(5);
    }

    @Test
    void neverRunsA() {
        throw new AssertionError("ran although @BeforeAll ended the JVM");
    }

    @Test
    void neverRunsB() {
        throw new AssertionError("ran although @BeforeAll ended the JVM");
    }
}
