package retire.it.poison;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** The second test poisons the JVM and then errors; the two after it need a clean JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ErrorPoisonTest {
    @Test
    void a_passesBefore() {
        Poison.enter("ErrorPoisonTest.a_passesBefore");
    }

    @Test
    void b_poisonsAndErrors() {
        Poison.enter("ErrorPoisonTest.b_poisonsAndErrors");
        Poison.poison("ErrorPoisonTest.b_poisonsAndErrors");
        throw new IllegalStateException("b_poisonsAndErrors: exception after poisoning the JVM");
    }

    @Test
    void c_needsCleanJvm() {
        Poison.enter("ErrorPoisonTest.c_needsCleanJvm");
    }

    @Test
    void d_needsCleanJvm() {
        Poison.enter("ErrorPoisonTest.d_needsCleanJvm");
    }
}
