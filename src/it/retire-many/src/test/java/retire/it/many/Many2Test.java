package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; errors in all but 04, 07, 12, 15 (exceptions). A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many2Test {
    @Test
    void t01() {
        Poison.enter("Many2Test.t01");
        Poison.poison("Many2Test.t01");
        throw new IllegalStateException("Many2Test.t01 errors on purpose");
    }

    @Test
    void t02() {
        Poison.enter("Many2Test.t02");
        Poison.poison("Many2Test.t02");
        throw new IllegalStateException("Many2Test.t02 errors on purpose");
    }

    @Test
    void t03() {
        Poison.enter("Many2Test.t03");
        Poison.poison("Many2Test.t03");
        throw new IllegalStateException("Many2Test.t03 errors on purpose");
    }

    @Test
    void t04() {
        Poison.enter("Many2Test.t04");
    }

    @Test
    void t05() {
        Poison.enter("Many2Test.t05");
        Poison.poison("Many2Test.t05");
        throw new IllegalStateException("Many2Test.t05 errors on purpose");
    }

    @Test
    void t06() {
        Poison.enter("Many2Test.t06");
        Poison.poison("Many2Test.t06");
        throw new IllegalStateException("Many2Test.t06 errors on purpose");
    }

    @Test
    void t07() {
        Poison.enter("Many2Test.t07");
    }

    @Test
    void t08() {
        Poison.enter("Many2Test.t08");
        Poison.poison("Many2Test.t08");
        throw new IllegalStateException("Many2Test.t08 errors on purpose");
    }

    @Test
    void t09() {
        Poison.enter("Many2Test.t09");
        Poison.poison("Many2Test.t09");
        throw new IllegalStateException("Many2Test.t09 errors on purpose");
    }

    @Test
    void t10() {
        Poison.enter("Many2Test.t10");
        Poison.poison("Many2Test.t10");
        throw new IllegalStateException("Many2Test.t10 errors on purpose");
    }

    @Test
    void t11() {
        Poison.enter("Many2Test.t11");
        Poison.poison("Many2Test.t11");
        throw new IllegalStateException("Many2Test.t11 errors on purpose");
    }

    @Test
    void t12() {
        Poison.enter("Many2Test.t12");
    }

    @Test
    void t13() {
        Poison.enter("Many2Test.t13");
        Poison.poison("Many2Test.t13");
        throw new IllegalStateException("Many2Test.t13 errors on purpose");
    }

    @Test
    void t14() {
        Poison.enter("Many2Test.t14");
        Poison.poison("Many2Test.t14");
        throw new IllegalStateException("Many2Test.t14 errors on purpose");
    }

    @Test
    void t15() {
        Poison.enter("Many2Test.t15");
    }
}
