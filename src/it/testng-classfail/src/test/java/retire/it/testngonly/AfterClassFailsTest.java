package retire.it.testngonly;

import org.testng.annotations.AfterClass;
import org.testng.annotations.Test;

public class AfterClassFailsTest {

    @AfterClass
    public void tearDown() {
        throw new IllegalStateException("boom from @AfterClass");
    }

    @Test
    public void runs() {
    }
}
