package retire.it.structures;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retire.it.fixtures.Poison;

/** The 3rd of 5 invocations fails; invocations 4 and 5 (not generated yet then) and last() move on. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParamFailTest {
    @Test
    @Order(1)
    void first() {
        Poison.enter("ParamFailTest.first");
    }

    @ParameterizedTest
    @Order(2)
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void value(int v) {
        Poison.enter("ParamFailTest.value[" + v + "]");
        if (v == 3) {
            Poison.poison("ParamFailTest.value[3]");
            throw new AssertionError("invocation 3 fails on purpose");
        }
    }

    @Test
    @Order(3)
    void last() {
        Poison.enter("ParamFailTest.last");
    }
}
