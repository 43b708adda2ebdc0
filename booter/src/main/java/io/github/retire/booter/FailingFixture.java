package io.github.retire.booter;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Run only by {@link Training}: a failed assertion, reported the way a worker reports one, so that
 * the classes of the failure path (assertion errors, stack-trace writers) are archived too. Under
 * {@code retire.onFailure} every worker but the last meets that path once.
 */
class FailingFixture {
    @Test
    void fails() {
        Assertions.assertEquals(1, 2, "a rehearsed failure, never reported");
    }
}
