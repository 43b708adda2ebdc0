package retire.it.bisectj4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class ZVictimIT {
    @Test
    public void victim() {
        assertEquals("the execution's argLine", "yes", System.getProperty("bisect.configured"));
        assertFalse("poisoned by a test before", Shared.poisoned);
    }
}
