package retire.it.shard;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class FailTest {
    @Test
    void passes() {
    }

    @Test
    void fails() {
        fail("on purpose");
    }

    @Test
    @Disabled
    void skipped() {
    }
}
