package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; errors in 01, 08 and 15. A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many8Test {
    @Test
    void t01() {
        Poison.enter("Many8Test.t01");
        Poison.poison("Many8Test.t01");
        throw new IllegalStateException("Many8Test.t01 errors on purpose");
    }

    @Test
    void t02() {
        Poison.enter("Many8Test.t02");
    }

    @Test
    void t03() {
        Poison.enter("Many8Test.t03");
    }

    @Test
    void t04() {
        Poison.enter("Many8Test.t04");
    }

    @Test
    void t05() {
        Poison.enter("Many8Test.t05");
    }

    @Test
    void t06() {
        Poison.enter("Many8Test.t06");
    }

    @Test
    void t07() {
        Poison.enter("Many8Test.t07");
    }

    @Test
    void t08() {
        Poison.enter("Many8Test.t08");
        Poison.poison("Many8Test.t08");
        throw new IllegalStateException("Many8Test.t08 errors on purpose");
    }

    @Test
    void t09() {
        Poison.enter("Many8Test.t09");
    }

    @Test
    void t10() {
        Poison.enter("Many8Test.t10");
    }

    @Test
    void t11() {
        Poison.enter("Many8Test.t11");
    }

    @Test
    void t12() {
        Poison.enter("Many8Test.t12");
    }

    @Test
    void t13() {
        Poison.enter("Many8Test.t13");
    }

    @Test
    void t14() {
        Poison.enter("Many8Test.t14");
    }

    @Test
    void t15() {
        Poison.enter("Many8Test.t15");
        Poison.poison("Many8Test.t15");
        throw new IllegalStateException("Many8Test.t15 errors on purpose");
    }
}
