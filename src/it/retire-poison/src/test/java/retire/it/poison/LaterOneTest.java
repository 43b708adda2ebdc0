package retire.it.poison;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** Runs after both poisoning classes (alphabetical run order); passes only in a clean JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class LaterOneTest {
    @Test
    void first() {
        Poison.enter("LaterOneTest.first");
    }

    @Test
    void second() {
        Poison.enter("LaterOneTest.second");
    }
}
