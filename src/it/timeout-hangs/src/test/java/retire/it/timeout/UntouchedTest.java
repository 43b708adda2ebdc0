package retire.it.timeout;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;
import retire.it.fixtures.NativeLibs;

/** Runs after every hang; quick tests well inside the limit. */
class UntouchedTest {
    @Test
    void one() throws Exception {
        Marks.pid("UntouchedTest.one");
        Thread.sleep(300);
    }

    @Test
    void two() throws Exception {
        NativeLibs.mark("UntouchedTest.two"); // the native watchdog's library is loaded (see verify.groovy)
    }
}
