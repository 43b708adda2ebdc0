package retire.it.longdynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 2500 invocations; #2 poisons its JVM and fails. Every later one fails too if it runs in that JVM. */
class ParamManyTest {
    static boolean poisoned;

    static IntStream values() {
        return IntStream.rangeClosed(1, 2500);
    }

    @ParameterizedTest
    @MethodSource("values")
    void value(int v) {
        assertFalse(poisoned, "ran in the JVM of a failed invocation");
        if (v == 2) {
            poisoned = true;
            assertEquals(0, v, "invocation 2 fails on purpose");
        }
    }
}
