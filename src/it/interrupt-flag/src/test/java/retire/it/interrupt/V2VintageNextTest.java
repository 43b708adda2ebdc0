package retire.it.interrupt;

import org.junit.Test;

public class V2VintageNextTest {
    @Test
    public void first() {
        Flag.seen("V2VintageNextTest.first");
    }
}
