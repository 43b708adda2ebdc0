package retire.it.junit4;

import org.junit.FixMethodOrder;
import org.junit.Ignore;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import retire.it.fixtures.Poison;

/** b poisons the JVM and fails; c and d need a clean JVM. The ignored test is no failure. */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PoisonVintageTest {
    @Test
    public void a_passesBefore() {
        Poison.enter("PoisonVintageTest.a_passesBefore");
    }

    @Test
    @Ignore("ignored on purpose")
    public void aa_ignored() {
        throw new AssertionError("ignored test ran");
    }

    @Test
    public void b_poisonsAndFails() {
        Poison.enter("PoisonVintageTest.b_poisonsAndFails");
        Poison.poison("PoisonVintageTest.b_poisonsAndFails");
        org.junit.Assert.fail("b_poisonsAndFails fails on purpose");
    }

    @Test
    public void c_needsCleanJvm() {
        Poison.enter("PoisonVintageTest.c_needsCleanJvm");
    }

    @Test
    public void d_needsCleanJvm() {
        Poison.enter("PoisonVintageTest.d_needsCleanJvm");
    }
}
