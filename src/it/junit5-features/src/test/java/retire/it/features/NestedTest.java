package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NestedTest {

    @Test
    void outerTest() {
        assertTrue(true);
    }

    @Nested
    class Inner {

        @Test
        void innerPasses() {
            assertEquals(1, 1);
        }

        @Test
        void innerFails() {
            assertEquals("expected", "actual");
        }

        @Nested
        class Deeper {

            @Test
            void deeperPasses() {
                assertTrue(true);
            }
        }
    }
}
