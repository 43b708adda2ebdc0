package retire.it.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Several failures per method: the first, a middle and the last invocation of p; q's second; plain tests. */
class SeveralTest {
    @Test
    void before() {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void p(int v) {
        if (v == 1 || v == 4 || v == 8) {
            throw new AssertionError("p[" + v + "] fails on purpose");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void q(int v) {
        if (v == 2) {
            throw new IllegalStateException("q[2] errs on purpose");
        }
    }

    @Test
    void after() {
    }
}
