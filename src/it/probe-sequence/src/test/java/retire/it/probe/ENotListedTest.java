package retire.it.probe;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class ENotListedTest {
    @Test
    void neverInAProbe() {
        fail("a probe runs only the tests its sequence names");
    }
}
