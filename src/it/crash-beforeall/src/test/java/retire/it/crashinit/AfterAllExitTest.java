package retire.it.crashinit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** Both tests pass, then the worker exits in @AfterAll: the tests keep their result, the class gets the error. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AfterAllExitTest {
    @Test
    void a_passes() {
        Marks.pid("AfterAllExitTest.a_passes");
    }

    @Test
    void b_passes() {
        Marks.pid("AfterAllExitTest.b_passes");
    }

    @AfterAll
    static void exitAfterAllTests() {
        System.exit(4);
    }
}
