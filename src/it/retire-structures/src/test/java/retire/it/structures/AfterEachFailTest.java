package retire.it.structures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** b's body passes, its @AfterEach poisons and throws (b is reported as error); c runs in a fresh JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AfterEachFailTest {
    @AfterEach
    void tearDown(TestInfo info) {
        String test = "AfterEachFailTest." + info.getTestMethod().get().getName();
        if (test.endsWith(".b")) {
            Poison.poison(test + " @AfterEach");
            throw new IllegalStateException("@AfterEach of b fails on purpose");
        }
    }

    @Test
    void a() {
        Poison.enter("AfterEachFailTest.a");
    }

    @Test
    void b() {
        Poison.enter("AfterEachFailTest.b");
    }

    @Test
    void c() {
        Poison.enter("AfterEachFailTest.c");
    }
}
