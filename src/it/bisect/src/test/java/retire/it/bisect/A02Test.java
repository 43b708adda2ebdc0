package retire.it.bisect;

import org.junit.jupiter.api.Test;

class A02Test {
    @Test
    void t1() {
    }

    @Test
    void t2() {
    }

    @Test
    void t3() {
    }

    @Test
    void pairA() {
        System.setProperty("bisect.pairA", "on"); // harmless without pairB
    }

    @Test
    void t5() {
    }
}
