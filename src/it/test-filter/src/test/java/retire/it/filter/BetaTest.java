package retire.it.filter;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class BetaTest {

    @Test
    void matchOne() {
        fail("BetaTest is not selected by -Dtest");
    }
}
