package retire.it.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssertTest {
    @Test
    void assertStatementsRunAsSurefireSays() {
        boolean ran = false;
        assert ran = true;
        System.out.println("ASSERTS-RAN " + ran);
        // enableAssertions is Surefire's (default true); it.expectAsserts says what the build asked for.
        assertEquals(Boolean.parseBoolean(System.getProperty("it.expectAsserts", "true")), ran);
    }
}
