package retire.it.testngonly;

import static org.testng.Assert.assertEquals;

import org.testng.SkipException;
import org.testng.annotations.Test;

public class PlainTest {
    @Test
    public void passes() {
        assertEquals(1 + 1, 2);
    }

    @Test
    public void fails() {
        assertEquals(1 + 1, 3, "arithmetic is broken");
    }

    @Test
    public void errors() {
        throw new IllegalStateException("boom from errors");
    }

    @Test(dependsOnMethods = "fails")
    public void dependsOnFailed() {
    }

    @Test(enabled = false)
    public void disabled() {
        throw new AssertionError("must not run");
    }

    @Test
    public void skipsItself() {
        throw new SkipException("skipped on purpose");
    }

    @Test(expectedExceptions = IllegalArgumentException.class)
    public void expectsAnException() {
        throw new IllegalArgumentException("expected");
    }

    @Test
    public void printsToStdout() {
        System.out.println("TESTNG-ONLY-OUT-MARKER");
    }
}
