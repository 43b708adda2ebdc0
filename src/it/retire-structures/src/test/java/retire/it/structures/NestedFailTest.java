package retire.it.structures;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Poison;

/**
 * The failure is in the middle of Inner1; Inner1's last test, Inner1.Deeper and Inner2 are left and run
 * in a fresh JVM. (Jupiter runs a class's own methods before its @Nested classes.)
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class NestedFailTest {
    @Test
    void outerA() {
        Poison.enter("NestedFailTest.outerA");
    }

    @Test
    void outerB() {
        Poison.enter("NestedFailTest.outerB");
    }

    @Nested
    @Order(1)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    class Inner1 {
        @Test
        void i1() {
            Poison.enter("NestedFailTest.Inner1.i1");
        }

        @Test
        void i2Fails() {
            Poison.enter("NestedFailTest.Inner1.i2Fails");
            Poison.poison("NestedFailTest.Inner1.i2Fails");
            throw new AssertionError("i2Fails fails on purpose");
        }

        @Test
        void i3() {
            Poison.enter("NestedFailTest.Inner1.i3");
        }

        @Nested
        @Order(1)
        class Deeper {
            @Test
            void d1() {
                Poison.enter("NestedFailTest.Inner1.Deeper.d1");
            }
        }
    }

    @Nested
    @Order(2)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    class Inner2 {
        @Test
        void j1() {
            Poison.enter("NestedFailTest.Inner2.j1");
        }

        @Test
        void j2() {
            Poison.enter("NestedFailTest.Inner2.j2");
        }
    }
}
