package retire.it.poison;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** Runs after both poisoning classes (alphabetical run order); passes only in a clean JVM. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class LaterTwoTest {
    @Test
    void first() {
        Poison.enter("LaterTwoTest.first");
    }

    @Test
    void second() {
        Poison.enter("LaterTwoTest.second");
    }
}
