package retire.it.mixed;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LegacyTest {

    @Test
    public void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    public void fails() {
        assertEquals("arithmetic is broken", 3, 1 + 1);
    }
}
