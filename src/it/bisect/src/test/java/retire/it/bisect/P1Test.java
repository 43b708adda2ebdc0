package retire.it.bisect;

import org.junit.jupiter.api.Test;

class P1Test {
    @Test
    void a() {
    }

    @Test
    void pairA() {
        System.setProperty("bisect.pairA", "on"); // harmless without pairB
    }

    @Test
    void c() {
    }
}
