package retire.it.sf36;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MixedTest {

    @Test
    void passes() {
        System.out.println("MIXED-OUT-MARKER");
        assertEquals(2, 1 + 1);
    }

    @Test
    void fails() {
        assertEquals(3, 1 + 1);
    }

    @Test
    void errors() {
        throw new IllegalStateException("boom");
    }

    @Test
    @Disabled("disabled on purpose")
    void disabled() {
    }

    @Test
    void assumptionFails() {
        assumeTrue(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "bb", "ccc"})
    void lengths(String s) {
        assertEquals(s.charAt(0), s.charAt(s.length() - 1));
    }

    @Nested
    class Inner {

        @Test
        void innerPasses() {
        }

        @Test
        void innerFails() {
            assertEquals("x", "y");
        }
    }
}
