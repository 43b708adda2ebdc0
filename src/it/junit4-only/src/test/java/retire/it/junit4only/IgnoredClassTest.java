package retire.it.junit4only;

import org.junit.Ignore;
import org.junit.Test;

@Ignore("whole class ignored")
public class IgnoredClassTest {

    @Test
    public void first() {
        throw new AssertionError("must not run");
    }

    @Test
    public void second() {
        throw new AssertionError("must not run");
    }
}
