package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; every odd test fails. A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many6Test {
    @Test
    void t01() {
        Poison.enter("Many6Test.t01");
        Poison.poison("Many6Test.t01");
        throw new AssertionError("Many6Test.t01 fails on purpose");
    }

    @Test
    void t02() {
        Poison.enter("Many6Test.t02");
    }

    @Test
    void t03() {
        Poison.enter("Many6Test.t03");
        Poison.poison("Many6Test.t03");
        throw new AssertionError("Many6Test.t03 fails on purpose");
    }

    @Test
    void t04() {
        Poison.enter("Many6Test.t04");
    }

    @Test
    void t05() {
        Poison.enter("Many6Test.t05");
        Poison.poison("Many6Test.t05");
        throw new AssertionError("Many6Test.t05 fails on purpose");
    }

    @Test
    void t06() {
        Poison.enter("Many6Test.t06");
    }

    @Test
    void t07() {
        Poison.enter("Many6Test.t07");
        Poison.poison("Many6Test.t07");
        throw new AssertionError("Many6Test.t07 fails on purpose");
    }

    @Test
    void t08() {
        Poison.enter("Many6Test.t08");
    }

    @Test
    void t09() {
        Poison.enter("Many6Test.t09");
        Poison.poison("Many6Test.t09");
        throw new AssertionError("Many6Test.t09 fails on purpose");
    }

    @Test
    void t10() {
        Poison.enter("Many6Test.t10");
    }

    @Test
    void t11() {
        Poison.enter("Many6Test.t11");
        Poison.poison("Many6Test.t11");
        throw new AssertionError("Many6Test.t11 fails on purpose");
    }

    @Test
    void t12() {
        Poison.enter("Many6Test.t12");
    }

    @Test
    void t13() {
        Poison.enter("Many6Test.t13");
        Poison.poison("Many6Test.t13");
        throw new AssertionError("Many6Test.t13 fails on purpose");
    }

    @Test
    void t14() {
        Poison.enter("Many6Test.t14");
    }

    @Test
    void t15() {
        Poison.enter("Many6Test.t15");
        Poison.poison("Many6Test.t15");
        throw new AssertionError("Many6Test.t15 fails on purpose");
    }
}
