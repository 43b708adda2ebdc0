package retire.it.bisect;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** In name order: harmless runs right before poisons. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class A04Test {
    @Test
    void harmless() {
        System.setProperty("bisect.harmless", "on"); // a state change next to the polluter that harms nobody
    }

    @Test
    void poisons() {
        System.setProperty("bisect.poison", "on"); // what Z1VictimTest.victim cannot stand
    }

    @Test
    void t3() {
    }

    @Test
    void t4() {
    }

    @Test
    void t5() {
    }
}
