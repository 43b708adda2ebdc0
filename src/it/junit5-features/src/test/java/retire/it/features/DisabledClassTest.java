package retire.it.features;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

@Disabled("whole class disabled on purpose")
class DisabledClassTest {

    @Test
    void first() {
        throw new AssertionError("must not run");
    }

    @Test
    void second() {
        throw new AssertionError("must not run");
    }
}
