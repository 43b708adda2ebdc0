package retire.it.interrupt;

import static org.junit.Assert.assertTrue;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class V1VintageTest {
    @Test
    public void a_leavesFlag() {
        Flag.seen("V1VintageTest.a");
        Flag.leave("V1VintageTest.a");
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    public void b_next() {
        // JUnit 4 clears nothing: whatever flag this test sees, it only prints it
        Flag.seen("V1VintageTest.b");
    }
}
