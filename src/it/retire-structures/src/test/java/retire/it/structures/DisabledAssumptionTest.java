package retire.it.structures;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** A skipped test and an assumption failure are no failures: no retirement, one JVM throughout. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class DisabledAssumptionTest {
    @Test
    void a() {
        Poison.enter("DisabledAssumptionTest.a");
    }

    @Test
    @Disabled("skipped on purpose")
    void b() {
        throw new AssertionError("disabled test ran");
    }

    @Test
    void c() {
        Poison.enter("DisabledAssumptionTest.c");
        assumeTrue(false, "assumption fails on purpose");
    }

    @Test
    void d() {
        Poison.enter("DisabledAssumptionTest.d");
    }
}
