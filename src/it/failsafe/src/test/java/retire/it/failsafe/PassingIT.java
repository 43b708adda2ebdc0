package retire.it.failsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PassingIT {

    @Test
    void first() {
        assertEquals(1, 1);
    }

    @Test
    void second() {
        System.out.println("FAILSAFE-OUT-MARKER");
    }
}
