package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** No tests of its own: all four live in @Nested classes. */
class OnlyNestedTest {

    @Nested
    class First {

        @Test
        void one() {
            assertEquals(1, 1);
        }

        @Test
        void two() {
            assertEquals(2, 2);
        }
    }

    @Nested
    class Second {

        @Test
        void three() {
            assertEquals(3, 3);
        }

        @Test
        void fails() {
            assertEquals(4, 5);
        }
    }
}
