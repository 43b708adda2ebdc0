package retire.it.record;

import org.junit.jupiter.api.Test;

/** The later executions' one test. */
class AgainCheck {
    @Test
    void once() {
    }
}
