package retire.it.testngonly;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class BeforeClassFailsTest {

    @BeforeClass
    public void setUp() {
        throw new IllegalStateException("boom from @BeforeClass");
    }

    @Test
    public void first() {
    }

    @Test
    public void second() {
    }
}
