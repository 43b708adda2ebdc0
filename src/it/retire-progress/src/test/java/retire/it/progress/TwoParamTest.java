package retire.it.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loop of issue 14: each method fails one invocation. The worker that takes a's later invocations
 * and b whole may run b first; b's failure then left a whole, which ran a[2] again, and so on.
 */
class TwoParamTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void a(int v) {
        if (v == 2) {
            throw new AssertionError("a[2] fails on purpose");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void b(int v) {
        if (v == 3) {
            throw new AssertionError("b[3] fails on purpose");
        }
    }
}
