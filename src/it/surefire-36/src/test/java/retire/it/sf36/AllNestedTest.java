package retire.it.sf36;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** No tests of its own: three tests, all passing, in @Nested classes. */
class AllNestedTest {

    @Nested
    class A {

        @Test
        void one() {
        }

        @Test
        void two() {
        }
    }

    @Nested
    class B {

        @Test
        void three() {
        }
    }
}
