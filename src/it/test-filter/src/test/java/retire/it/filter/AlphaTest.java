package retire.it.filter;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class AlphaTest {

    @Test
    void matchOne() {
    }

    @Test
    void matchTwo() {
    }

    @Test
    void other() {
    }

    @Test
    void otherwise() {
        fail("not selected by -Dtest: 'other' is an exact method name");
    }

    @Test
    void skipMe() {
        fail("not selected by -Dtest");
    }
}
