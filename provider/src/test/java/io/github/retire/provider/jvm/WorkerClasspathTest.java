package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WorkerClasspathTest {
    private static Path jar(String artifact, String version) {
        // not on disk: the version then comes from the repository-layout directory name
        return Paths.get("/nowhere/repo/org/junit/platform", artifact, version, artifact + "-" + version + ".jar");
    }

    @Test
    void anEmbeddedLauncherOfTheSameMinorLineIsChosen() {
        Optional<Path> l = WorkerClasspath.launcherFor(List.of(jar("junit-platform-engine", "1.11.2")),
                getClass().getClassLoader());
        assertEquals(Paths.get(WorkerClasspath.EMBEDDED, "junit-platform-launcher-1.11.4.jar"), l.get());
        Optional<Path> six = WorkerClasspath.launcherFor(List.of(jar("junit-platform-engine", "6.0.1")),
                getClass().getClassLoader());
        assertEquals(Paths.get(WorkerClasspath.EMBEDDED, "junit-platform-launcher-6.0.3.jar"), six.get());
    }

    @Test
    void aLauncherOnTheTestClasspathIsUsedWhenItsLineMatches() {
        assertFalse(WorkerClasspath.launcherFor(List.of(jar("junit-platform-engine", "1.12.0"),
                jar("junit-platform-launcher", "1.12.2")), getClass().getClassLoader()).isPresent());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WorkerClasspath.launcherFor(
                List.of(jar("junit-platform-engine", "1.12.0"), jar("junit-platform-launcher", "1.10.0")),
                getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("<artifactId>junit-platform-launcher</artifactId><version>1.12.0</version>"),
                e.getMessage());
    }

    @Test
    void anUnknownLineNamesTheDependencyToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WorkerClasspath.launcherFor(
                List.of(jar("junit-platform-engine", "1.8.2")), getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("<version>1.8.2</version><scope>test</scope>"), e.getMessage());
    }

    @Test
    void noEngineAtAllNamesTheEnginesToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WorkerClasspath.launcherFor(List.of(Paths.get("/x/junit-4.13.2.jar")), getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("org.junit.vintage:junit-vintage-engine"), e.getMessage());
    }

    @Test
    void minorLines() {
        assertEquals("1.11", WorkerClasspath.minor("1.11.4"));
        assertEquals("6.0", WorkerClasspath.minor("6.0.3"));
        assertEquals("6", WorkerClasspath.minor("6"));
    }
}
