package retire.it.many;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** 15 tests; only the last test fails, so its retirement leaves nothing of the class. A failing test poisons its JVM first. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class Many4Test {
    @Test
    void t01() {
        Poison.enter("Many4Test.t01");
    }

    @Test
    void t02() {
        Poison.enter("Many4Test.t02");
    }

    @Test
    void t03() {
        Poison.enter("Many4Test.t03");
    }

    @Test
    void t04() {
        Poison.enter("Many4Test.t04");
    }

    @Test
    void t05() {
        Poison.enter("Many4Test.t05");
    }

    @Test
    void t06() {
        Poison.enter("Many4Test.t06");
    }

    @Test
    void t07() {
        Poison.enter("Many4Test.t07");
    }

    @Test
    void t08() {
        Poison.enter("Many4Test.t08");
    }

    @Test
    void t09() {
        Poison.enter("Many4Test.t09");
    }

    @Test
    void t10() {
        Poison.enter("Many4Test.t10");
    }

    @Test
    void t11() {
        Poison.enter("Many4Test.t11");
    }

    @Test
    void t12() {
        Poison.enter("Many4Test.t12");
    }

    @Test
    void t13() {
        Poison.enter("Many4Test.t13");
    }

    @Test
    void t14() {
        Poison.enter("Many4Test.t14");
    }

    @Test
    void t15() {
        Poison.enter("Many4Test.t15");
        Poison.poison("Many4Test.t15");
        throw new AssertionError("Many4Test.t15 fails on purpose");
    }
}
