package retire.it.conservation;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RefusedOnceTest {
    @Test
    @Order(1)
    void a() {
        Marks.mark("RefusedOnceTest.a");
    }

    @Test
    @Order(2)
    void bFails() {
        Marks.mark("RefusedOnceTest.bFails");
        throw new AssertionError("bFails fails on purpose");
    }

    @Test
    @Order(3)
    void c() {
        Marks.mark("RefusedOnceTest.c");
    }

    @Test
    @Order(4)
    void d() {
        Marks.mark("RefusedOnceTest.d");
    }
}
