package retire.it.testng;

import org.testng.annotations.Test;
import retire.it.fixtures.Marks;

/** Runs after ChainTest (alphabetical), in a fresh worker. */
public class PlainTest {
    @Test
    public void p1() {
        Marks.mark("PlainTest.p1");
    }

    @Test
    public void p2() {
        Marks.mark("PlainTest.p2");
    }
}
