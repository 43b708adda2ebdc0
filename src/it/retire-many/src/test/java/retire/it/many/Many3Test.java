package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; every test fails: odd ones by assertion, even ones by exception; the last leaves nothing. A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many3Test {
    @Test
    void t01() {
        Poison.enter("Many3Test.t01");
        Poison.poison("Many3Test.t01");
        throw new AssertionError("Many3Test.t01 fails on purpose");
    }

    @Test
    void t02() {
        Poison.enter("Many3Test.t02");
        Poison.poison("Many3Test.t02");
        throw new IllegalStateException("Many3Test.t02 errors on purpose");
    }

    @Test
    void t03() {
        Poison.enter("Many3Test.t03");
        Poison.poison("Many3Test.t03");
        throw new AssertionError("Many3Test.t03 fails on purpose");
    }

    @Test
    void t04() {
        Poison.enter("Many3Test.t04");
        Poison.poison("Many3Test.t04");
        throw new IllegalStateException("Many3Test.t04 errors on purpose");
    }

    @Test
    void t05() {
        Poison.enter("Many3Test.t05");
        Poison.poison("Many3Test.t05");
        throw new AssertionError("Many3Test.t05 fails on purpose");
    }

    @Test
    void t06() {
        Poison.enter("Many3Test.t06");
        Poison.poison("Many3Test.t06");
        throw new IllegalStateException("Many3Test.t06 errors on purpose");
    }

    @Test
    void t07() {
        Poison.enter("Many3Test.t07");
        Poison.poison("Many3Test.t07");
        throw new AssertionError("Many3Test.t07 fails on purpose");
    }

    @Test
    void t08() {
        Poison.enter("Many3Test.t08");
        Poison.poison("Many3Test.t08");
        throw new IllegalStateException("Many3Test.t08 errors on purpose");
    }

    @Test
    void t09() {
        Poison.enter("Many3Test.t09");
        Poison.poison("Many3Test.t09");
        throw new AssertionError("Many3Test.t09 fails on purpose");
    }

    @Test
    void t10() {
        Poison.enter("Many3Test.t10");
        Poison.poison("Many3Test.t10");
        throw new IllegalStateException("Many3Test.t10 errors on purpose");
    }

    @Test
    void t11() {
        Poison.enter("Many3Test.t11");
        Poison.poison("Many3Test.t11");
        throw new AssertionError("Many3Test.t11 fails on purpose");
    }

    @Test
    void t12() {
        Poison.enter("Many3Test.t12");
        Poison.poison("Many3Test.t12");
        throw new IllegalStateException("Many3Test.t12 errors on purpose");
    }

    @Test
    void t13() {
        Poison.enter("Many3Test.t13");
        Poison.poison("Many3Test.t13");
        throw new AssertionError("Many3Test.t13 fails on purpose");
    }

    @Test
    void t14() {
        Poison.enter("Many3Test.t14");
        Poison.poison("Many3Test.t14");
        throw new IllegalStateException("Many3Test.t14 errors on purpose");
    }

    @Test
    void t15() {
        Poison.enter("Many3Test.t15");
        Poison.poison("Many3Test.t15");
        throw new AssertionError("Many3Test.t15 fails on purpose");
    }
}
