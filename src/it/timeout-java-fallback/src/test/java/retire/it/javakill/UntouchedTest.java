package retire.it.javakill;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.NativeLibs;

/** Runs after both hangs. */
class UntouchedTest {
    @Test
    void one() throws Exception {
        NativeLibs.mark("UntouchedTest.one");
    }

    @Test
    void two() throws Exception {
        NativeLibs.mark("UntouchedTest.two");
    }
}
