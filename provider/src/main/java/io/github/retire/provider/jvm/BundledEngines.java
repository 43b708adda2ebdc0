package io.github.retire.provider.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JUnit Platform engine a worker gets when the test classpath has JUnit 4 or TestNG but no
 * engine at all: the Vintage engine for {@code junit:junit}, the TestNG engine for
 * {@code org.testng:testng}, with the platform jars they need, at the versions stock Surefire 3.6
 * adds in that case. The provider jar carries them (see provider/pom.xml), so nothing is resolved
 * at run time. A test classpath that has an engine of its own keeps it and gets none of these.
 */
final class BundledEngines {
    static final String EMBEDDED = "META-INF/retire/engines";
    private static final String VERSIONS = "META-INF/retire/engines.properties";
    /** junit:junit's jar, not junit-jupiter-*, junit-platform-* or junit-vintage-*. */
    private static final Pattern JUNIT = Pattern.compile("junit-(\\d.*)\\.jar");
    private static final Pattern TESTNG = Pattern.compile("testng-(\\d.*)\\.jar");

    private BundledEngines() {
    }

    /**
     * The embedded jars (resource paths under {@link #EMBEDDED}) to add to the worker classpath; empty
     * when the test classpath has an engine of its own, or neither JUnit 4 nor TestNG.
     *
     * @throws IllegalStateException naming the version to use, for a JUnit or TestNG too old for its engine
     */
    static List<String> forTestClasspath(List<Path> testClasspath, ClassLoader providerLoader) throws IOException {
        if (has(testClasspath, "junit-platform-engine")) {
            return new ArrayList<>();
        }
        String junit = version(testClasspath, JUNIT);
        String testng = version(testClasspath, TESTNG);
        if (junit == null && testng == null) {
            return new ArrayList<>();
        }
        if (junit != null && older(junit, 4, 12)) {
            throw new IllegalStateException("[retire] the test classpath has junit:junit " + junit + ". retire runs JUnit 3"
                    + " and 4 tests on the JUnit Platform's Vintage engine, which needs junit:junit 4.12 or later (it runs"
                    + " JUnit 3 tests too): change the test dependency to <groupId>junit</groupId><artifactId>junit"
                    + "</artifactId><version>4.13.2</version>");
        }
        if (testng != null && older(testng, 6, 14)) {
            throw new IllegalStateException("[retire] the test classpath has org.testng:testng " + testng + ". retire runs"
                    + " TestNG tests on the JUnit Platform's TestNG engine, which needs TestNG 6.14.3 or later: change the"
                    + " test dependency org.testng:testng to 7.11.0 or later");
        }
        Properties versions = versions(providerLoader);
        String platform = versions.getProperty("platform");
        List<String> jars = new ArrayList<>();
        add(jars, testClasspath, "junit-platform-commons", platform);
        add(jars, testClasspath, "junit-platform-engine", platform);
        add(jars, testClasspath, "opentest4j", versions.getProperty("opentest4j"));
        add(jars, testClasspath, "apiguardian-api", versions.getProperty("apiguardian"));
        if (junit != null) {
            add(jars, testClasspath, "junit-vintage-engine", versions.getProperty("vintage"));
        }
        if (testng != null) {
            add(jars, testClasspath, "testng-engine", versions.getProperty("testng-engine"));
        }
        return jars;
    }

    /** For the build log: what was added and why. */
    static String describe(List<String> jars) {
        List<String> names = new ArrayList<>();
        for (String jar : jars) {
            String name = jar.substring(jar.lastIndexOf('/') + 1);
            if (name.startsWith("junit-vintage-engine") || name.startsWith("testng-engine")) {
                names.add(name.substring(0, name.length() - ".jar".length()));
            }
        }
        return "[retire] the test classpath has no JUnit Platform engine: its tests run on " + String.join(" and ", names)
                + ", which retire brings (declare an engine as a test dependency to choose your own)";
    }

    private static void add(List<String> jars, List<Path> testClasspath, String artifactId, String version) {
        if (version == null) {
            throw new IllegalStateException("[retire] the provider jar lacks the version of " + artifactId + " in " + VERSIONS);
        }
        if (!has(testClasspath, artifactId)) {
            jars.add(EMBEDDED + "/" + artifactId + "-" + version + ".jar");
        }
    }

    private static Properties versions(ClassLoader loader) throws IOException {
        Properties versions = new Properties();
        try (InputStream in = loader.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IOException("the provider jar lacks " + VERSIONS);
            }
            versions.load(in);
        }
        return versions;
    }

    private static boolean has(List<Path> classpath, String artifactId) {
        for (Path p : classpath) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.startsWith(artifactId + "-") && name.endsWith(".jar")) {
                return true;
            }
        }
        return false;
    }

    /** The version in the file name of the first jar that matches, null if none does. */
    private static String version(List<Path> classpath, Pattern jar) {
        for (Path p : classpath) {
            Matcher m = jar.matcher(p.getFileName() == null ? "" : p.getFileName().toString());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whether major.minor of the version is below the given one; an unreadable version is not. */
    static boolean older(String version, int major, int minor) {
        Matcher m = Pattern.compile("(\\d+)(?:\\.(\\d+))?.*").matcher(version);
        if (!m.matches()) {
            return false;
        }
        int ma = Integer.parseInt(m.group(1));
        int mi = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return ma < major || (ma == major && mi < minor);
    }
}
