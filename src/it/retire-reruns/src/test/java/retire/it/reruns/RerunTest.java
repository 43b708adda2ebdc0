package retire.it.reruns;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class RerunTest {
    private static void mark(String test) {
        System.out.println("RERUN-IT " + test + " pid=" + ProcessHandle.current().pid());
    }

    @Test
    void flaky() throws Exception {
        mark("flaky");
        Path seen = Paths.get("target", "flaky-ran-once");
        if (!Files.exists(seen)) {
            Files.createFile(seen);
            fail("fails the first time only");
        }
    }

    @Test
    void alwaysFails() {
        mark("alwaysFails");
        fail("fails every time");
    }

    @Test
    void passes() {
        mark("passes");
    }
}
