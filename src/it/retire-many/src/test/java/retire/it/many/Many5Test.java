package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; tests 01..12 fail, 13..15 pass. A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many5Test {
    @Test
    void t01() {
        Poison.enter("Many5Test.t01");
        Poison.poison("Many5Test.t01");
        throw new AssertionError("Many5Test.t01 fails on purpose");
    }

    @Test
    void t02() {
        Poison.enter("Many5Test.t02");
        Poison.poison("Many5Test.t02");
        throw new AssertionError("Many5Test.t02 fails on purpose");
    }

    @Test
    void t03() {
        Poison.enter("Many5Test.t03");
        Poison.poison("Many5Test.t03");
        throw new AssertionError("Many5Test.t03 fails on purpose");
    }

    @Test
    void t04() {
        Poison.enter("Many5Test.t04");
        Poison.poison("Many5Test.t04");
        throw new AssertionError("Many5Test.t04 fails on purpose");
    }

    @Test
    void t05() {
        Poison.enter("Many5Test.t05");
        Poison.poison("Many5Test.t05");
        throw new AssertionError("Many5Test.t05 fails on purpose");
    }

    @Test
    void t06() {
        Poison.enter("Many5Test.t06");
        Poison.poison("Many5Test.t06");
        throw new AssertionError("Many5Test.t06 fails on purpose");
    }

    @Test
    void t07() {
        Poison.enter("Many5Test.t07");
        Poison.poison("Many5Test.t07");
        throw new AssertionError("Many5Test.t07 fails on purpose");
    }

    @Test
    void t08() {
        Poison.enter("Many5Test.t08");
        Poison.poison("Many5Test.t08");
        throw new AssertionError("Many5Test.t08 fails on purpose");
    }

    @Test
    void t09() {
        Poison.enter("Many5Test.t09");
        Poison.poison("Many5Test.t09");
        throw new AssertionError("Many5Test.t09 fails on purpose");
    }

    @Test
    void t10() {
        Poison.enter("Many5Test.t10");
        Poison.poison("Many5Test.t10");
        throw new AssertionError("Many5Test.t10 fails on purpose");
    }

    @Test
    void t11() {
        Poison.enter("Many5Test.t11");
        Poison.poison("Many5Test.t11");
        throw new AssertionError("Many5Test.t11 fails on purpose");
    }

    @Test
    void t12() {
        Poison.enter("Many5Test.t12");
        Poison.poison("Many5Test.t12");
        throw new AssertionError("Many5Test.t12 fails on purpose");
    }

    @Test
    void t13() {
        Poison.enter("Many5Test.t13");
    }

    @Test
    void t14() {
        Poison.enter("Many5Test.t14");
    }

    @Test
    void t15() {
        Poison.enter("Many5Test.t15");
    }
}
