package retire.it.poison;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** The second test poisons the JVM and then fails; the two after it need a clean JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class FailPoisonTest {
    @Test
    void a_passesBefore() {
        Poison.enter("FailPoisonTest.a_passesBefore");
    }

    @Test
    void b_poisonsAndFails() {
        Poison.enter("FailPoisonTest.b_poisonsAndFails");
        Poison.poison("FailPoisonTest.b_poisonsAndFails");
        throw new AssertionError("b_poisonsAndFails: assertion failure after poisoning the JVM");
    }

    @Test
    void c_needsCleanJvm() {
        Poison.enter("FailPoisonTest.c_needsCleanJvm");
    }

    @Test
    void d_needsCleanJvm() {
        Poison.enter("FailPoisonTest.d_needsCleanJvm");
    }
}
