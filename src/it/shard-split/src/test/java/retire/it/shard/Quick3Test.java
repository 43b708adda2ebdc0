package retire.it.shard;

import org.junit.jupiter.api.Test;

class Quick3Test {
    @Test
    void one() {
    }

    @Test
    void two() {
    }
}
