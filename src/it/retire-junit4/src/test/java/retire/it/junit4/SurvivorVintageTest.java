package retire.it.junit4;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import retire.it.fixtures.Poison;

/** Runs after PoisonVintageTest (alphabetical run order); passes only in a clean JVM. */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class SurvivorVintageTest {
    @Test
    public void first() {
        Poison.enter("SurvivorVintageTest.first");
    }

    @Test
    public void second() {
        Poison.enter("SurvivorVintageTest.second");
    }
}
