package retire.it.bisect;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class Z2AloneTest {
    @Test
    void failsAlone() {
        fail("fails whatever ran before");
    }
}
