package retire.it.crashinit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Both tests pass, then the worker exits in @AfterAll: the tests keep their result, the class gets the error. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AfterAllExitTest {
    @Test
    void a_passes() {
        System.out.println("AfterAllExitTest.a_passes pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_passes() {
        System.out.println("AfterAllExitTest.b_passes pid " + ProcessHandle.current().pid());
    }

    @AfterAll
    static void exitAfterAllTests() {
        System.exit(4);
    }
}
