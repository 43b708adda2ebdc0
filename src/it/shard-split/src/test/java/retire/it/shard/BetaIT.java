package retire.it.shard;

import org.junit.jupiter.api.Test;

class BetaIT {
    @Test
    void works() {
    }
}
