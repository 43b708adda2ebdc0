package retire.it.nested;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs a whole nested Maven build (src/test/resources/inner, copied to target/inner) that uses retire as
 * well, from inside this retire worker, and checks that it ran in its own supervisor and worker.
 */
class NestedBuildTest {
    private static String property(String key) {
        String value = System.getProperty(key);
        assertTrue(value != null && !value.isEmpty() && !value.contains("${"), key + " not passed: " + value);
        return value;
    }

    @Test
    void runsNestedBuild() throws Exception {
        long self = ProcessHandle.current().pid();
        System.out.println("OUTER-PID=" + self);
        Path basedir = Paths.get(property("basedir"));
        Path inner = basedir.resolve("target/inner");
        copy(basedir.resolve("src/test/resources/inner"), inner);

        List<String> command = new ArrayList<>(List.of(
                Paths.get(property("it.mavenHome"), "bin", "mvn").toString(), "-B", "-o", "-llr",
                "-Dmaven.repo.local=" + property("it.localRepository"),
                "-Dit.retireVersion=" + property("it.retireVersion"),
                "-Dit.surefireVersion=" + property("it.surefireVersion"),
                "-Dit.junitVersion=" + property("it.junitVersion"),
                "test"));
        File log = inner.resolve("build.log").toFile();
        Process maven = new ProcessBuilder(command).directory(inner.toFile())
                .redirectErrorStream(true).redirectOutput(log).start();
        long mavenPid = maven.pid();
        assertTrue(maven.waitFor(300, TimeUnit.SECONDS), "nested build still running after 300 s, see " + log);
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        System.out.println("NESTED-MAVEN-PID=" + mavenPid + " EXIT=" + maven.exitValue());

        // the nested build failed because of its one failing test, after running all three
        assertEquals(1, maven.exitValue(), "nested build exit status; see " + log);
        assertTrue(output.contains("Using configured provider io.github.retire.provider.RetireProvider"), "nested build did not use retire");
        assertTrue(output.contains("Tests run: 3, Failures: 1, Errors: 0, Skipped: 0"), "nested Results summary missing; see " + log);
        String xml = Files.readString(inner.resolve("target/surefire-reports/TEST-retire.it.inner.InnerTest.xml"));
        assertTrue(xml.contains("tests=\"3\"") && xml.contains("failures=\"1\"") && xml.contains("errors=\"0\""),
                "nested TEST-*.xml counts wrong");

        // where the inner test ran: its own worker, below the nested build's own Surefire fork
        Matcher m = Pattern.compile("INNER-PID=(\\d+) ANCESTORS=([\\d,]*) PARENT-IS-SUREFIRE-FORK=(\\w+)").matcher(xml);
        assertTrue(m.find(), "inner test printed no pid");
        long innerPid = Long.parseLong(m.group(1));
        List<Long> ancestors = new ArrayList<>();
        for (String a : m.group(2).split(",")) {
            ancestors.add(Long.parseLong(a));
        }
        System.out.println("INNER-PID=" + innerPid + " INNER-ANCESTORS=" + ancestors + " PARENT-IS-SUREFIRE-FORK=" + m.group(3));
        assertNotEquals(self, innerPid, "the inner test ran in the outer worker");
        assertNotEquals(mavenPid, innerPid, "the inner test ran in the nested Maven JVM");
        // outer worker > nested Maven > (shell) > nested Surefire fork = retire supervisor > inner worker
        assertTrue(ancestors.contains(mavenPid), "the inner test did not run below the nested Maven: " + ancestors);
        assertTrue(ancestors.indexOf(mavenPid) >= 1, "the inner test ran in a direct child of Maven, not in a worker below the fork: " + ancestors);
        assertTrue(ancestors.indexOf(self) > ancestors.indexOf(mavenPid), "the outer worker is not above the nested Maven: " + ancestors);
        assertEquals("true", m.group(3), "the inner test's JVM is not a child of the nested Surefire fork (retire supervisor)");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
