package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledEnginesTest {
    private final ClassLoader loader = getClass().getClassLoader();

    private static Path jar(String name) {
        return Paths.get("/repo/x", name);
    }

    @Test
    void junit4AloneGetsTheVintageEngineAndThePlatformItNeeds() throws Exception {
        List<String> jars = BundledEngines.forTestClasspath(List.of(Paths.get("/t/test-classes"),
                jar("junit-4.13.2.jar"), jar("hamcrest-core-1.3.jar")), loader);
        assertEquals(List.of("junit-platform-commons-", "junit-platform-engine-", "opentest4j-", "apiguardian-api-",
                "junit-vintage-engine-"), jars.stream().map(BundledEnginesTest::artifact).collect(java.util.stream.Collectors.toList()));
        for (String embedded : jars) {
            try (InputStream in = loader.getResourceAsStream(embedded)) {
                assertNotNull(in, "the provider carries " + embedded);
            }
        }
        assertTrue(BundledEngines.describe(jars).contains("junit-vintage-engine-5."), BundledEngines.describe(jars));
    }

    @Test
    void testngAloneGetsTheTestngEngineAndKeepsWhatTheClasspathHas() throws Exception {
        List<String> jars = BundledEngines.forTestClasspath(List.of(jar("testng-7.11.0.jar"),
                jar("opentest4j-1.2.0.jar")), loader);
        assertEquals(List.of("junit-platform-commons-", "junit-platform-engine-", "apiguardian-api-", "testng-engine-"),
                jars.stream().map(BundledEnginesTest::artifact).collect(java.util.stream.Collectors.toList()));
        for (String embedded : jars) {
            try (InputStream in = loader.getResourceAsStream(embedded)) {
                assertNotNull(in, "the provider carries " + embedded);
            }
        }
    }

    @Test
    void anEngineOfTheUsersOwnWins() throws Exception {
        assertTrue(BundledEngines.forTestClasspath(List.of(jar("junit-4.13.2.jar"),
                jar("junit-platform-engine-1.11.4.jar"), jar("junit-vintage-engine-5.11.4.jar")), loader).isEmpty());
        assertTrue(BundledEngines.forTestClasspath(List.of(jar("testng-7.11.0.jar"),
                jar("junit-platform-engine-1.11.4.jar"), jar("testng-engine-1.0.5.jar")), loader, "3.5.4", null).isEmpty());
    }

    @Test
    void anEngineRegisteredByAnotherJarIsTheUsersOwn(@TempDir Path dir) throws Exception {
        Path engine = dir.resolve("some-engine-1.0.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(engine))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/services/org.junit.platform.engine.TestEngine"));
            zip.write("x.SomeEngine\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(BundledEngines.forTestClasspath(List.of(jar("junit-4.13.2.jar"),
                jar("junit-platform-engine-1.11.4.jar"), engine), loader, "3.5.4", null).isEmpty());
    }

    /** The launcher and the testkit bring junit-platform-engine, and no engine; stock adds Jupiter's. */
    @Test
    void jupiterApiBesideTheLauncherOrTestkitAndNoEngineGetsTheJupiterEngine() throws Exception {
        for (String platformJar : new String[] {"junit-platform-launcher-1.14.4.jar", "junit-platform-testkit-1.14.4.jar"}) {
            for (String surefire : new String[] {"3.5.4", "3.6.0"}) {
                List<String> jars = BundledEngines.forTestClasspath(List.of(jar("junit-jupiter-api-5.14.4.jar"),
                        jar("junit-platform-commons-1.14.4.jar"), jar("junit-platform-engine-1.14.4.jar"),
                        jar(platformJar), jar("opentest4j-1.3.0.jar")), loader, surefire, null);
                assertEquals(List.of("junit-jupiter-engine-", "junit-platform-engine-"),
                        jars.stream().map(BundledEnginesTest::artifact).collect(java.util.stream.Collectors.toList()),
                        platformJar + " on " + surefire);
            }
        }
    }

    /** Stock adds Jupiter's engine whenever the API has none, and Vintage for junit:junit without its own. */
    @Test
    void jupiterApiBesideAnotherEngineGetsTheJupiterEngine(@TempDir Path repo) throws Exception {
        Path engine = repoJar(repo, "org/junit/jupiter", "junit-jupiter-engine", "5.11.4");
        Path platform = repoJar(repo, "org/junit/platform", "junit-platform-engine", "1.11.4");
        Path vintage = repoJar(repo, "org/junit/vintage", "junit-vintage-engine", "5.11.4");
        List<Path> api = List.of(jar("junit-jupiter-api-5.11.4.jar"), jar("junit-platform-commons-1.11.4.jar"),
                jar("junit-platform-engine-1.11.4.jar"), jar("junit-4.13.2.jar"));
        List<Path> withVintage = new java.util.ArrayList<>(api);
        withVintage.add(jar("junit-vintage-engine-5.11.4.jar"));
        assertEquals(List.of(engine.toString(), platform.toString()),
                BundledEngines.forTestClasspath(withVintage, loader, "3.6.0", repo.toString()));
        List<Path> withLauncher = new java.util.ArrayList<>(api);
        withLauncher.add(jar("junit-platform-launcher-1.11.4.jar"));
        assertEquals(List.of(engine.toString(), platform.toString(), vintage.toString()),
                BundledEngines.forTestClasspath(withLauncher, loader, "3.5.4", repo.toString()));
    }

    @Test
    void jupiterApiAloneGetsTheEnginesOfItsVersionFromTheLocalRepository(@TempDir Path repo) throws Exception {
        Path engine = repoJar(repo, "org/junit/jupiter", "junit-jupiter-engine", "5.11.4");
        Path platform = repoJar(repo, "org/junit/platform", "junit-platform-engine", "1.11.4");
        Path vintage = repoJar(repo, "org/junit/vintage", "junit-vintage-engine", "5.11.4");
        List<Path> classpath = List.of(jar("junit-jupiter-api-5.11.4.jar"), jar("junit-platform-commons-1.11.4.jar"),
                jar("junit-4.13.2.jar"));
        assertEquals(List.of(engine.toString(), platform.toString(), vintage.toString()),
                BundledEngines.forTestClasspath(classpath, loader, "3.5.4", repo.toString()));
        // without Surefire's property, the repository the API jar came from
        Path api = repoJar(repo, "org/junit/jupiter", "junit-jupiter-api", "5.11.4");
        assertEquals(List.of(engine.toString(), platform.toString()), BundledEngines.forTestClasspath(
                List.of(api, jar("junit-platform-commons-1.11.4.jar")), loader, "3.6.0", null));
        assertTrue(BundledEngines.describe(List.of(engine.toString(), platform.toString()))
                .contains("its tests run on junit-jupiter-engine-5.11.4"));
    }

    @Test
    void jupiterApiOfTheCarriedVersionGetsTheCarriedEngine() throws Exception {
        List<String> jars = BundledEngines.forTestClasspath(List.of(jar("junit-jupiter-api-5.14.4.jar"),
                jar("junit-platform-commons-1.14.4.jar")), loader, "3.6.0", null);
        assertEquals(List.of("junit-jupiter-engine-", "junit-platform-engine-"),
                jars.stream().map(BundledEnginesTest::artifact).collect(java.util.stream.Collectors.toList()));
        for (String embedded : jars) {
            try (InputStream in = loader.getResourceAsStream(embedded)) {
                assertNotNull(in, "the provider carries " + embedded);
            }
        }
    }

    @Test
    void anEngineOfAnotherVersionIsNeverTaken(@TempDir Path repo) throws Exception {
        repoJar(repo, "org/junit/jupiter", "junit-jupiter-engine", "5.11.3");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BundledEngines.forTestClasspath(
                List.of(jar("junit-jupiter-api-5.11.4.jar"), jar("junit-platform-commons-1.11.4.jar")), loader,
                "3.6.0", repo.toString()));
        assertTrue(e.getMessage().contains("<groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-engine"
                + "</artifactId><version>5.11.4</version>"), e.getMessage());
    }

    @Test
    void junit4BesideJupiterGetsVintageOnSurefire36Only(@TempDir Path repo) throws Exception {
        Path vintage = repoJar(repo, "org/junit/vintage", "junit-vintage-engine", "5.11.4");
        List<Path> classpath = List.of(jar("junit-jupiter-api-5.11.4.jar"), jar("junit-jupiter-engine-5.11.4.jar"),
                jar("junit-platform-engine-1.11.4.jar"), jar("junit-4.13.2.jar"));
        assertEquals(List.of(vintage.toString()),
                BundledEngines.forTestClasspath(classpath, loader, "3.6.0", repo.toString()));
        assertTrue(BundledEngines.describe(List.of(vintage.toString())).contains("its JUnit 4 tests run on"
                + " junit-vintage-engine-5.11.4, as Surefire 3.6 does"));
        assertTrue(BundledEngines.forTestClasspath(classpath, loader, "3.5.4", repo.toString()).isEmpty());
    }

    private static Path repoJar(Path repo, String group, String artifactId, String version) throws Exception {
        Path jar = repo.resolve(group).resolve(artifactId).resolve(version).resolve(artifactId + "-" + version + ".jar");
        Files.createDirectories(jar.getParent());
        return Files.write(jar, new byte[] {1});
    }

    @Test
    void junit3AndOldJunit4NameTheVersionToUse() {
        for (String old : new String[] {"junit-3.8.2.jar", "junit-4.11.jar"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> BundledEngines.forTestClasspath(List.of(jar(old)), loader));
            assertTrue(e.getMessage().contains("junit:junit 4.12 or later"), e.getMessage());
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundledEngines.forTestClasspath(List.of(jar("testng-6.8.jar")), loader));
        assertTrue(e.getMessage().contains("TestNG 6.14.3 or later"), e.getMessage());
    }

    @Test
    void versions() {
        assertTrue(BundledEngines.older("3.8.2", 4, 12));
        assertTrue(BundledEngines.older("4.11", 4, 12));
        assertTrue(!BundledEngines.older("4.12", 4, 12));
        assertTrue(!BundledEngines.older("4.13.2", 4, 12));
        assertTrue(!BundledEngines.older("5", 4, 12));
    }

    private static String artifact(String embedded) {
        String name = embedded.substring(embedded.lastIndexOf('/') + 1);
        return name.replaceAll("-\\d.*", "-");
    }
}
