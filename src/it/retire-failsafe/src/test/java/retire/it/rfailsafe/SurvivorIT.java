package retire.it.rfailsafe;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** Runs after PoisonIT (alphabetical run order); passes only in a clean JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SurvivorIT {
    @Test
    void first() {
        Poison.enter("SurvivorIT.first");
    }

    @Test
    void second() {
        Poison.enter("SurvivorIT.second");
    }
}
