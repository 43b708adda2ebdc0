package retire.it.suffix;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepTest {
    @Test
    void passes() {
    }

    @Test
    void fails() {
        fail("expected");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void param(int i) {
    }

    @Nested
    class Inner {
        @Test
        void inner() {
        }
    }
}
