package retire.it.failfast;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class ATest {
    @Test
    void a1() {
    }

    @Test
    void a2() {
        fail("a2 fails");
    }

    @Test
    void a3() {
    }

    @Test
    void a4() {
    }

    @AfterAll
    static void cleanUp() {
        System.out.println("A-AFTER-ALL");
    }
}
