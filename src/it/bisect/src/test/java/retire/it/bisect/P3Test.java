package retire.it.bisect;

import org.junit.jupiter.api.Test;

class P3Test {
    @Test
    void pairB() {
        System.setProperty("bisect.pairB", "on"); // harmless without pairA
    }

    @Test
    void f() {
    }
}
