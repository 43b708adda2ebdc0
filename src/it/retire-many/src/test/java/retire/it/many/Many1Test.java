package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; fails all but 04, 07, 12, 15 (assertions). A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many1Test {
    @Test
    void t01() {
        Poison.enter("Many1Test.t01");
        Poison.poison("Many1Test.t01");
        throw new AssertionError("Many1Test.t01 fails on purpose");
    }

    @Test
    void t02() {
        Poison.enter("Many1Test.t02");
        Poison.poison("Many1Test.t02");
        throw new AssertionError("Many1Test.t02 fails on purpose");
    }

    @Test
    void t03() {
        Poison.enter("Many1Test.t03");
        Poison.poison("Many1Test.t03");
        throw new AssertionError("Many1Test.t03 fails on purpose");
    }

    @Test
    void t04() {
        Poison.enter("Many1Test.t04");
    }

    @Test
    void t05() {
        Poison.enter("Many1Test.t05");
        Poison.poison("Many1Test.t05");
        throw new AssertionError("Many1Test.t05 fails on purpose");
    }

    @Test
    void t06() {
        Poison.enter("Many1Test.t06");
        Poison.poison("Many1Test.t06");
        throw new AssertionError("Many1Test.t06 fails on purpose");
    }

    @Test
    void t07() {
        Poison.enter("Many1Test.t07");
    }

    @Test
    void t08() {
        Poison.enter("Many1Test.t08");
        Poison.poison("Many1Test.t08");
        throw new AssertionError("Many1Test.t08 fails on purpose");
    }

    @Test
    void t09() {
        Poison.enter("Many1Test.t09");
        Poison.poison("Many1Test.t09");
        throw new AssertionError("Many1Test.t09 fails on purpose");
    }

    @Test
    void t10() {
        Poison.enter("Many1Test.t10");
        Poison.poison("Many1Test.t10");
        throw new AssertionError("Many1Test.t10 fails on purpose");
    }

    @Test
    void t11() {
        Poison.enter("Many1Test.t11");
        Poison.poison("Many1Test.t11");
        throw new AssertionError("Many1Test.t11 fails on purpose");
    }

    @Test
    void t12() {
        Poison.enter("Many1Test.t12");
    }

    @Test
    void t13() {
        Poison.enter("Many1Test.t13");
        Poison.poison("Many1Test.t13");
        throw new AssertionError("Many1Test.t13 fails on purpose");
    }

    @Test
    void t14() {
        Poison.enter("Many1Test.t14");
        Poison.poison("Many1Test.t14");
        throw new AssertionError("Many1Test.t14 fails on purpose");
    }

    @Test
    void t15() {
        Poison.enter("Many1Test.t15");
    }
}
