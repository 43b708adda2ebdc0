package retire.it.junit4only;

import junit.framework.TestCase;

/** A JUnit 3 test case: junit:junit 4.12+ runs it, and so does the Vintage engine. */
public class LegacyTest extends TestCase {
    public void testPasses() {
        assertEquals(4, 2 + 2);
    }

    public void testFails() {
        assertEquals("legacy arithmetic", 5, 2 + 2);
    }
}
