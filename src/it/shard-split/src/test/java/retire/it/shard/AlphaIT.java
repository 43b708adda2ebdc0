package retire.it.shard;

import org.junit.jupiter.api.Test;

class AlphaIT {
    @Test
    void works() {
    }
}
