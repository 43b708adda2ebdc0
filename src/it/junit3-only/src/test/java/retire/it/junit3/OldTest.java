package retire.it.junit3;

import junit.framework.TestCase;

public class OldTest extends TestCase {
    public void testRuns() {
        System.out.println("NEVER-RUNS-MARKER");
    }
}
