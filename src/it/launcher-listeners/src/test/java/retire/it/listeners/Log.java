package retire.it.listeners;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

/** Appends a line to target/listeners/<kind>-<pid>.txt: one file per JVM, so no two JVMs write one file. */
final class Log {
    private Log() {
    }

    static void line(String kind, String text) {
        Path dir = Paths.get(System.getProperty("basedir", "."), "target", "listeners");
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(kind + "-" + ProcessHandle.current().pid() + ".txt"),
                    (text + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
