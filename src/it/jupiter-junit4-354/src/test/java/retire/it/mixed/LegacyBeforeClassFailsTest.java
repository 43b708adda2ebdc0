package retire.it.mixed;

import org.junit.BeforeClass;
import org.junit.Test;

public class LegacyBeforeClassFailsTest {

    @BeforeClass
    public static void setUp() {
        throw new IllegalStateException("boom from @BeforeClass");
    }

    @Test
    public void first() {
    }

    @Test
    public void second() {
    }
}
