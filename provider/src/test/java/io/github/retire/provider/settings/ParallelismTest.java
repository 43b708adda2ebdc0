package io.github.retire.provider.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelismTest {
    @TempDir
    Path dir;

    private ClassLoader withPropertiesFile(String text) throws IOException {
        Files.write(dir.resolve(Parallelism.PROPERTIES_FILE), text.getBytes(StandardCharsets.ISO_8859_1));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void offUnlessEnabled() {
        assertEquals(Parallelism.OFF, Parallelism.of(map(Parallelism.MODE, "concurrent"), Collections.emptyMap(), null));
    }

    @Test
    void classesFollowTheDefaultModeUnlessTheyHaveTheirOwn() {
        assertEquals(Parallelism.CLASSES, Parallelism.of(map(Parallelism.ENABLED, "true", Parallelism.MODE,
                "concurrent"), Collections.emptyMap(), null));
        assertEquals(Parallelism.METHODS, Parallelism.of(map(Parallelism.ENABLED, "true", Parallelism.MODE,
                "concurrent", Parallelism.CLASSES_MODE, "same_thread"), Collections.emptyMap(), null));
        assertEquals(Parallelism.METHODS, Parallelism.of(map(Parallelism.ENABLED, "true"), Collections.emptyMap(),
                null));
    }

    @Test
    void parametersComeBeforeSystemPropertiesWhichComeBeforeTheFile() throws IOException {
        ClassLoader file = withPropertiesFile(Parallelism.ENABLED + " = true\n" + Parallelism.CLASSES_MODE
                + " = CONCURRENT\n");
        assertEquals(Parallelism.CLASSES, Parallelism.of(Collections.emptyMap(), Collections.emptyMap(), file));
        assertEquals(Parallelism.METHODS, Parallelism.of(Collections.emptyMap(),
                map(Parallelism.CLASSES_MODE, "same_thread"), file));
        assertEquals(Parallelism.CLASSES, Parallelism.of(map(Parallelism.CLASSES_MODE, "concurrent"),
                map(Parallelism.CLASSES_MODE, "same_thread"), file));
        assertEquals(Parallelism.OFF, Parallelism.of(map(Parallelism.ENABLED, "false"), Collections.emptyMap(), file));
    }
}
