package drill;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invocations that the supervisor must account for one by one; the fourth fails. */
class ParamTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void p(int n) throws Exception {
        System.out.println("ParamTest " + n);
        Thread.sleep(250);
        assertNotEquals(4, n, "drill: expected failure of invocation 4");
    }
}
