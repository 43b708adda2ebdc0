package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

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
        assertTrue(BundledEngines.forTestClasspath(List.of(jar("junit-jupiter-api-5.11.4.jar")), loader).isEmpty());
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
