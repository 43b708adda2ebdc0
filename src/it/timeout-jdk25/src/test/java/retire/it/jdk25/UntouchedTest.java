package retire.it.jdk25;

import org.junit.jupiter.api.Test;
import retire.it.fixtures.NativeLibs;

/** Runs after the hang; also lists the native libraries of its worker (the watchdog's must be there). */
class UntouchedTest {
    @Test
    void one() throws Exception {
        SleepTest.mark("UntouchedTest.one");
        NativeLibs.mark("UntouchedTest.one");
    }
}
