package retire.it.idlespare;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import retire.it.fixtures.Marks;

/** Ten tests of 0.7 s each (under the 1 s limit) keep the spare waiting, then one fails, then two run in the spare. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlowThenFailTest {
    private static void slow(String name) throws InterruptedException {
        Marks.pid(name);
        Thread.sleep(700);
    }

    @Test @Order(1) void s01() throws InterruptedException { slow("s01"); }
    @Test @Order(2) void s02() throws InterruptedException { slow("s02"); }
    @Test @Order(3) void s03() throws InterruptedException { slow("s03"); }
    @Test @Order(4) void s04() throws InterruptedException { slow("s04"); }
    @Test @Order(5) void s05() throws InterruptedException { slow("s05"); }
    @Test @Order(6) void s06() throws InterruptedException { slow("s06"); }
    @Test @Order(7) void s07() throws InterruptedException { slow("s07"); }
    @Test @Order(8) void s08() throws InterruptedException { slow("s08"); }
    @Test @Order(9) void s09() throws InterruptedException { slow("s09"); }
    @Test @Order(10) void s10() throws InterruptedException { slow("s10"); }

    @Test @Order(11) void t_fails() {
        Marks.pid("t_fails");
        fail("on purpose");
    }

    @Test @Order(12) void u_after() throws InterruptedException { slow("u_after"); }
    @Test @Order(13) void v_after() throws InterruptedException { slow("v_after"); }
}
