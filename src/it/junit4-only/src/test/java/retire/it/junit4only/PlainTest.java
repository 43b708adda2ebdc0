package retire.it.junit4only;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import org.junit.Ignore;
import org.junit.Test;

public class PlainTest {

    @Test
    public void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    public void failsWithAssertion() {
        assertEquals("arithmetic is broken", 3, 1 + 1);
    }

    @Test
    public void errorsWithException() {
        throw new IllegalStateException("boom from errorsWithException");
    }

    @Test
    @Ignore("ignored on purpose")
    public void ignored() {
        throw new AssertionError("must not run");
    }

    @Test
    public void assumptionFails() {
        assumeTrue("assumption not met", false);
    }

    @Test
    public void printsToStdout() {
        System.out.println("JUNIT4-ONLY-OUT-MARKER");
    }
}
