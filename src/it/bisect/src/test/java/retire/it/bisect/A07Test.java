package retire.it.bisect;

import org.junit.jupiter.api.Test;

class A07Test {
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
    void t4() {
    }

    @Test
    void t5() {
    }
}
