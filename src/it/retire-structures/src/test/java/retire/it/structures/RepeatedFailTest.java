package retire.it.structures;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/** Repetition 2 of 4 fails; repetitions 3 and 4 and after() run in a fresh JVM. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepeatedFailTest {
    @RepeatedTest(4)
    @Order(1)
    void repeated(RepetitionInfo info) {
        int n = info.getCurrentRepetition();
        Poison.enter("RepeatedFailTest.repeated[" + n + "]");
        if (n == 2) {
            Poison.poison("RepeatedFailTest.repeated[2]");
            throw new AssertionError("repetition 2 fails on purpose");
        }
    }

    @Test
    @Order(2)
    void after() {
        Poison.enter("RepeatedFailTest.after");
    }
}
