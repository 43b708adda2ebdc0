package retire.it.structures;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** Both tests pass; @AfterAll poisons and throws: a class-level error, the worker retires, nothing is left. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AfterAllFailTest {
    @AfterAll
    static void tearDownClass() {
        Poison.poison("AfterAllFailTest @AfterAll");
        throw new IllegalStateException("@AfterAll fails on purpose");
    }

    @Test
    void a() {
        Poison.enter("AfterAllFailTest.a");
    }

    @Test
    void b() {
        Poison.enter("AfterAllFailTest.b");
    }
}
