package retire.it.bisect;

import org.junit.jupiter.api.Test;

class A07Test {
    @Test
    void pairB() {
        System.setProperty("bisect.pairB", "on"); // harmless without pairA
    }

    @Test
    void t2() {
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
