package retire.it.rfailsafe;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** b poisons the JVM and fails; c and d need a clean JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class PoisonIT {
    @Test
    void a_passesBefore() {
        Poison.enter("PoisonIT.a_passesBefore");
    }

    @Test
    void b_poisonsAndFails() {
        Poison.enter("PoisonIT.b_poisonsAndFails");
        Poison.poison("PoisonIT.b_poisonsAndFails");
        throw new AssertionError("b_poisonsAndFails fails on purpose");
    }

    @Test
    void c_needsCleanJvm() {
        Poison.enter("PoisonIT.c_needsCleanJvm");
    }

    @Test
    void d_needsCleanJvm() {
        Poison.enter("PoisonIT.d_needsCleanJvm");
    }
}
