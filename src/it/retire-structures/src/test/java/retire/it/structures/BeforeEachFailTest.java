package retire.it.structures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** @BeforeEach of b poisons and throws (b is never run, reported as error); c runs in a fresh JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class BeforeEachFailTest {
    @BeforeEach
    void setUp(TestInfo info) {
        String test = "BeforeEachFailTest." + info.getTestMethod().get().getName();
        Poison.enter(test);
        if (test.endsWith(".b")) {
            Poison.poison(test + " @BeforeEach");
            throw new IllegalStateException("@BeforeEach of b fails on purpose");
        }
    }

    @Test
    void a() {
    }

    @Test
    void b() {
        throw new AssertionError("b's body must not run: its @BeforeEach failed");
    }

    @Test
    void c() {
    }
}
