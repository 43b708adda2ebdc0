package retire.it.listeners;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BravoTest {
    @Test
    @Order(1)
    void fails() {
        fail("on purpose");
    }

    @Test
    @Order(2)
    void later() {
    }
}
