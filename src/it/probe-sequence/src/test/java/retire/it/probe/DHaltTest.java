package retire.it.probe;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class DHaltTest {
    @Test
    void halts() {
        Runtime.getRuntime().halt(7);
    }

    @Test
    void later() {
        Trail.ran("DHaltTest.later");
    }
}
