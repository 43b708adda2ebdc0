package retire.it.forktimeout;

import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class HangTest {
    @Test
    void hangsInThisVeryMethod() throws Exception {
        // The JVM that runs the test, so that verify.groovy can see that it is gone after the timeout.
        Files.write(Paths.get("target", "test-jvm.pid"), String.valueOf(ProcessHandle.current().pid()).getBytes());
        Thread.sleep(Long.MAX_VALUE);
    }
}
