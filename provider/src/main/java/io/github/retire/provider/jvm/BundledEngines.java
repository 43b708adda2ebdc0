package io.github.retire.provider.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The JUnit Platform engine a worker gets where stock Surefire would add one:
 * <ul>
 * <li>JUnit 4 or TestNG and no engine at all: the Vintage engine for {@code junit:junit}, the TestNG
 * engine for {@code org.testng:testng}, with the platform jars they need, at the versions stock
 * Surefire 3.6 adds in that case. The provider jar carries them (see provider/pom.xml).</li>
 * <li>{@code junit-jupiter-api} and no engine (Surefire 3.5 and 3.6), or a Jupiter engine beside
 * {@code junit:junit} and no Vintage engine (Surefire 3.6 only): the Jupiter and Vintage engines of
 * exactly the API's version, as stock adds them. Stock resolves them in the Maven JVM, which retire's
 * provider cannot reach; the fork reads them from the local repository (Surefire's
 * {@code localRepository} property, where stock put them on an earlier stock build), or from the
 * provider jar for the version it carries. Anywhere else, the build stops naming the dependency to
 * add: an engine of another version would not be stock's.</li>
 * </ul>
 * Entries under {@link #EMBEDDED} are the provider jar's; others are jars of the local repository.
 */
final class BundledEngines {
    static final String EMBEDDED = "META-INF/retire/engines";
    private static final String VERSIONS = "META-INF/retire/engines.properties";
    private static final String ENGINE_SERVICE = "META-INF/services/org.junit.platform.engine.TestEngine";
    /** junit:junit's jar, not junit-jupiter-*, junit-platform-* or junit-vintage-*. */
    private static final Pattern JUNIT = Pattern.compile("junit-(\\d.*)\\.jar");
    private static final Pattern TESTNG = Pattern.compile("testng-(\\d.*)\\.jar");
    private static final Pattern JUPITER_API = Pattern.compile("junit-jupiter-api-(\\d.*)\\.jar");
    private static final Pattern PLATFORM_COMMONS = Pattern.compile("junit-platform-commons-(\\d.*)\\.jar");

    private BundledEngines() {
    }

    /**
     * The embedded jars (resource paths under {@link #EMBEDDED}) to add to the worker classpath; empty
     * when the test classpath has an engine of its own, or neither JUnit 4 nor TestNG.
     *
     * @throws IllegalStateException naming the version to use, for a JUnit or TestNG too old for its engine
     */
    static List<String> forTestClasspath(List<Path> testClasspath, ClassLoader providerLoader) throws IOException {
        String surefire = WorkerClasspath.jarOf("org.apache.maven.surefire.api.report.SimpleReportEntry", providerLoader)
                .map(WorkerClasspath::versionOf).orElse(null);
        return forTestClasspath(testClasspath, providerLoader, surefire, System.getProperty("localRepository"));
    }

    /**
     * @param surefire        the version of the Surefire that runs the provider (its surefire-api's)
     * @param localRepository Surefire's {@code localRepository}; null when it did not say
     */
    static List<String> forTestClasspath(List<Path> testClasspath, ClassLoader providerLoader, String surefire,
            String localRepository) throws IOException {
        String junit = version(testClasspath, JUNIT);
        String testng = version(testClasspath, TESTNG);
        String jupiter = version(testClasspath, JUPITER_API);
        Properties versions = versions(providerLoader);
        // Stock's rule (3.5 and 3.6): the API without junit-jupiter-engine gets it, whatever else is there.
        if (jupiter != null && !has(testClasspath, "junit-jupiter-engine")) {
            if (junit != null && !has(testClasspath, "junit-vintage-engine")) {
                refuseOldJunit(junit);
            }
            boolean addTestng = testng != null && !hasEngine(testClasspath);
            if (addTestng) {
                refuseOldTestng(testng);
            }
            return forJupiterApi(testClasspath, versions, localRepository, jupiter, junit, addTestng);
        }
        if (junit == null && testng == null) {
            return new ArrayList<>();
        }
        if (hasEngine(testClasspath)) {
            List<String> jars = new ArrayList<>();
            // Surefire 3.6 adds the Vintage engine of the Jupiter version when junit:junit has none.
            if (junit != null && jupiter != null && !older(junit, 4, 12) && surefire != null && !older(surefire, 3, 6)
                    && !has(testClasspath, "junit-vintage-engine")) {
                jars.add(ofJupiterVersion(testClasspath, versions, localRepository, "org.junit.vintage",
                        "junit-vintage-engine", jupiter, "the test classpath has junit:junit " + junit + " beside"
                        + " a JUnit Platform engine and no junit-vintage-engine"));
            }
            return jars;
        }
        if (junit != null) {
            refuseOldJunit(junit);
        }
        if (testng != null) {
            refuseOldTestng(testng);
        }
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

    /** Stock (3.5 and 3.6) adds the Jupiter engine of the API's version, and Vintage for junit:junit. */
    private static List<String> forJupiterApi(List<Path> testClasspath, Properties versions, String localRepository,
            String jupiter, String junit, boolean addTestng) throws IOException {
        String why = "the test classpath has org.junit.jupiter:junit-jupiter-api " + jupiter + " and no engine";
        List<String> jars = new ArrayList<>();
        jars.add(ofJupiterVersion(testClasspath, versions, localRepository, "org.junit.jupiter", "junit-jupiter-engine",
                jupiter, why));
        String platform = version(testClasspath, PLATFORM_COMMONS);
        if (platform == null) {
            throw new IllegalStateException("[retire] " + why + ", nor junit-platform-commons, which that API needs:"
                    + " add org.junit.jupiter:junit-jupiter " + jupiter + " as a test dependency");
        }
        String embeddedPlatform = platform.equals(versions.getProperty("platform"))
                ? EMBEDDED + "/junit-platform-engine-" + platform + ".jar" : null;
        jars.add(fromRepositoryOr(embeddedPlatform, localRepository, testClasspath, "org.junit.platform",
                "junit-platform-engine", platform, why));
        if (junit != null && !has(testClasspath, "junit-vintage-engine")) {
            jars.add(ofJupiterVersion(testClasspath, versions, localRepository, "org.junit.vintage",
                    "junit-vintage-engine", jupiter, why));
        }
        if (addTestng) {
            add(jars, testClasspath, "testng-engine", versions.getProperty("testng-engine"));
        }
        return jars;
    }

    /** An engine of the Jupiter version: the provider's when it carries that version, else the repository's. */
    private static String ofJupiterVersion(List<Path> testClasspath, Properties versions, String localRepository,
            String groupId, String artifactId, String version, String why) throws IOException {
        // the provider carries both Jupiter-versioned engines at one version, the Vintage engine's
        String embedded = version.equals(versions.getProperty("vintage"))
                ? EMBEDDED + "/" + artifactId + "-" + version + ".jar" : null;
        return fromRepositoryOr(embedded, localRepository, testClasspath, groupId, artifactId, version, why);
    }

    private static String fromRepositoryOr(String embedded, String localRepository, List<Path> testClasspath,
            String groupId, String artifactId, String version, String why) {
        if (embedded != null) {
            return embedded;
        }
        List<Path> roots = new ArrayList<>();
        if (localRepository != null && !localRepository.isEmpty()) {
            roots.add(Paths.get(localRepository));
        }
        // The repository the API jar came from, when Surefire did not name one.
        Path api = find(testClasspath, "junit-jupiter-api");
        Path root = api;
        for (int up = 0; root != null && up < 6; up++) {
            root = root.getParent();
        }
        if (root != null) {
            roots.add(root);
        }
        String relative = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-"
                + version + ".jar";
        for (Path r : roots) {
            Path jar = r.resolve(relative);
            if (Files.isRegularFile(jar)) {
                return jar.toString();
            }
        }
        throw new IllegalStateException("[retire] " + why + ". Stock Surefire adds " + groupId + ":" + artifactId + ":"
                + version + ", which retire cannot resolve from the fork: it is not in the local repository"
                + (roots.isEmpty() ? "" : " (" + roots.get(0) + ")") + " and retire carries none of that version."
                + " Add this test dependency: <dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId
                + "</artifactId><version>" + version + "</version><scope>test</scope></dependency>");
    }

    private static void refuseOldJunit(String junit) {
        if (older(junit, 4, 12)) {
            throw new IllegalStateException("[retire] the test classpath has junit:junit " + junit + ". retire runs JUnit 3"
                    + " and 4 tests on the JUnit Platform's Vintage engine, which needs junit:junit 4.12 or later (it runs"
                    + " JUnit 3 tests too): change the test dependency to <groupId>junit</groupId><artifactId>junit"
                    + "</artifactId><version>4.13.2</version>");
        }
    }

    private static void refuseOldTestng(String testng) {
        if (older(testng, 6, 14)) {
            throw new IllegalStateException("[retire] the test classpath has org.testng:testng " + testng + ". retire runs"
                    + " TestNG tests on the JUnit Platform's TestNG engine, which needs TestNG 6.14.3 or later: change the"
                    + " test dependency org.testng:testng to 7.11.0 or later");
        }
    }

    /**
     * Whether the test classpath has an engine of its own: one of the engines retire knows by name, or a jar
     * or directory that registers one. junit-platform-engine alone is no engine: junit-platform-launcher and
     * junit-platform-testkit bring it too. Only called when the answer matters, as it opens the jars.
     */
    private static boolean hasEngine(List<Path> testClasspath) throws IOException {
        if (has(testClasspath, "junit-jupiter-engine") || has(testClasspath, "junit-vintage-engine")
                || has(testClasspath, "testng-engine")) {
            return true;
        }
        for (Path p : testClasspath) {
            if (Files.isDirectory(p)) {
                if (Files.isRegularFile(p.resolve(ENGINE_SERVICE))) {
                    return true;
                }
            } else if (Files.isRegularFile(p)) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    if (zip.getEntry(ENGINE_SERVICE) != null) {
                        return true;
                    }
                } catch (ZipException notAJar) {
                    // not an archive: it registers nothing
                }
            }
        }
        return false;
    }

    /** For the build log: what was added and why. */
    static String describe(List<String> jars) {
        List<String> names = new ArrayList<>();
        boolean platform = false;
        for (String jar : jars) {
            String name = jar.substring(jar.lastIndexOf('/') + 1);
            platform |= name.startsWith("junit-platform-engine");
            if (name.startsWith("junit-vintage-engine") || name.startsWith("testng-engine")
                    || name.startsWith("junit-jupiter-engine")) {
                names.add(name.substring(0, name.length() - ".jar".length()));
            }
        }
        if (!platform) {
            return "[retire] the test classpath has junit:junit and no Vintage engine: its JUnit 4 tests run on "
                    + String.join(" and ", names) + ", as Surefire 3.6 does (declare junit-vintage-engine to choose"
                    + " your own)";
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
        return find(classpath, artifactId) != null;
    }

    private static Path find(List<Path> classpath, String artifactId) {
        for (Path p : classpath) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.startsWith(artifactId + "-") && name.endsWith(".jar")) {
                return p;
            }
        }
        return null;
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
