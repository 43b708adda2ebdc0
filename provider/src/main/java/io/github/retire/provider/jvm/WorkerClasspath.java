package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apiguardian.api.API;

/**
 * The classpath of a worker JVM: the test classpath Surefire computed, then our booter and the
 * Surefire libraries it frames events with, then, when the test classpath has JUnit 4 or TestNG but
 * no engine, the engine retire brings ({@link BundledEngines}), and, when it lacks one, a JUnit
 * Platform launcher of exactly the platform version the tests use.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WorkerClasspath {
    public static final String TEST_CLASSPATH_PROPERTY = "surefire.test.class.path";
    private static final String PLATFORM = "org.junit.platform";
    /** Where the provider jar carries its launchers (see provider/pom.xml). */
    static final String EMBEDDED = "META-INF/retire/launchers";
    static final String[] EMBEDDED_VERSIONS = {
        "1.9.3", "1.10.3", "1.11.4", "1.12.2", "1.13.4", "1.14.4", "6.0.3", "6.1.3",
    };

    /** Classes whose jars the worker needs besides the test classpath. */
    private static final String[] INFRASTRUCTURE = {
        "io.github.retire.booter.WorkerMain",
        "org.apache.maven.surefire.api.stream.AbstractStreamEncoder",
        "org.apache.maven.plugin.surefire.log.api.ConsoleLogger",
        "org.apache.maven.surefire.report.PojoStackTraceWriter",
        "org.apache.maven.surefire.shared.utils.StringUtils",
        "io.github.retire.hardkill.NativeWatchdog",
    };
    /** jffi's JNI stub, in jffi's "native" classifier jar. */
    private static final String JFFI_STUB = "jni/x86_64-Linux/libjffi-1.2.so";

    private WorkerClasspath() {
    }

    /**
     * @param launcherDirectory where an embedded launcher is unpacked; a jar already there with the
     *                          same bytes is used as it is, so its path and time stay the same from
     *                          run to run (a class-data archive depends on both)
     */
    public static List<Path> resolve(String testClasspath, ClassLoader providerLoader, Path launcherDirectory)
            throws IOException {
        return resolve(testClasspath, providerLoader, launcherDirectory, message -> { });
    }

    /** @param info told once when retire brings the engine (see {@link BundledEngines}) */
    public static List<Path> resolve(String testClasspath, ClassLoader providerLoader, Path launcherDirectory,
                              Consumer<String> info) throws IOException {
        if (testClasspath == null) {
            throw new IllegalStateException("[retire] Surefire did not pass the test classpath ("
                    + TEST_CLASSPATH_PROPERTY + "); retire runs only in a forked JVM (forkCount 1, the default)");
        }
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : testClasspath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Paths.get(entry));
            }
        }
        List<Path> test = new ArrayList<>(entries);
        for (String className : INFRASTRUCTURE) {
            jarOf(className, providerLoader).ifPresent(entries::add);
        }
        entries.addAll(jffi(providerLoader));
        List<String> engines = BundledEngines.forTestClasspath(test, providerLoader);
        List<Path> withEngines = new ArrayList<>(test);
        for (String engine : engines) {
            Path jar = engine.startsWith(BundledEngines.EMBEDDED) ? unpack(engine, providerLoader, launcherDirectory)
                    : Paths.get(engine);
            entries.add(jar);
            withEngines.add(jar);
        }
        if (!engines.isEmpty()) {
            info.accept(BundledEngines.describe(engines));
        }
        Optional<Path> launcher = launcherFor(withEngines, providerLoader);
        if (launcher.isPresent() && launcher.get().startsWith(EMBEDDED)) {
            entries.add(unpack(launcher.get().toString(), providerLoader, launcherDirectory));
        } else {
            launcher.ifPresent(entries::add);
        }
        return new ArrayList<>(entries);
    }

    static Path unpack(String resource, ClassLoader loader, Path directory) throws IOException {
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the provider jar lacks " + resource);
            }
            bytes = in.readAllBytes();
        }
        Path target = directory.resolve(Paths.get(resource).getFileName().toString());
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * The launcher to add: empty when the test classpath has a compatible one, a path under
     * {@link #EMBEDDED} for one carried in the provider jar, or a jar in the local repository.
     *
     * @throws IllegalStateException naming the dependency to add when no compatible launcher exists
     */
    static Optional<Path> launcherFor(List<Path> testClasspath, ClassLoader providerLoader) {
        Path engine = find(testClasspath, "junit-platform-engine");
        if (engine == null) {
            throw new IllegalStateException("[retire] no JUnit Platform engine on the test classpath. retire runs tests"
                    + " on the JUnit Platform: add org.junit.jupiter:junit-jupiter (JUnit 5 or 6),"
                    + " org.junit.vintage:junit-vintage-engine (JUnit 4) or org.junit.support:testng-engine"
                    + " (TestNG) with <scope>test</scope>");
        }
        String version = versionOf(engine);
        Path launcher = find(testClasspath, "junit-platform-launcher");
        if (launcher != null) {
            String launcherVersion = versionOf(launcher);
            if (version != null && launcherVersion != null && !minor(version).equals(minor(launcherVersion))) {
                throw mismatch("junit-platform-launcher " + launcherVersion + " does not match junit-platform-engine "
                        + version + " on the test classpath", version);
            }
            return Optional.empty();
        }
        if (version == null) {
            throw mismatch("cannot tell the JUnit Platform version of " + engine, "<your platform version>");
        }
        // Launchers of one minor line work with each other's engines: only the API of a minor changes.
        for (String embedded : EMBEDDED_VERSIONS) {
            if (minor(embedded).equals(minor(version))) {
                return Optional.of(Paths.get(EMBEDDED, "junit-platform-launcher-" + embedded + ".jar"));
            }
        }
        // A repository-layout sibling of the engine jar, e.g. from an earlier build with stock Surefire.
        Path versionDir = engine.getParent();
        if (versionDir != null && versionDir.getParent() != null && versionDir.getParent().getParent() != null) {
            Path sibling = versionDir.getParent().getParent()
                    .resolve("junit-platform-launcher").resolve(version)
                    .resolve("junit-platform-launcher-" + version + ".jar");
            if (Files.isRegularFile(sibling)) {
                return Optional.of(sibling);
            }
        }
        throw mismatch("the test classpath has JUnit Platform " + version + " but no junit-platform-launcher, and"
                + " retire carries none of the " + minor(version) + " line", version);
    }

    /** "1.11" of "1.11.4"; the whole string when it has no second dot. */
    static String minor(String version) {
        int first = version.indexOf('.');
        int second = first < 0 ? -1 : version.indexOf('.', first + 1);
        return second < 0 ? version : version.substring(0, second);
    }

    private static IllegalStateException mismatch(String problem, String version) {
        return new IllegalStateException("[retire] " + problem + ". Add this test dependency: <dependency><groupId>"
                + PLATFORM + "</groupId><artifactId>junit-platform-launcher</artifactId><version>" + version
                + "</version><scope>test</scope></dependency>");
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

    /** Implementation-Version from the manifest, else the version in a repository-style file name. */
    static String versionOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String v = manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Version");
            if (v != null) {
                return v.trim();
            }
        } catch (IOException e) {
            // fall back to the file name
        }
        Path dir = jar.getParent();
        return dir == null || dir.getFileName() == null ? null : dir.getFileName().toString();
    }

    /**
     * jffi's main jar and its native classifier jar. Surefire keys the provider's dependencies by
     * groupId:artifactId, so only one of the two reaches the provider classpath; the other is its
     * neighbour in the local repository.
     */
    static List<Path> jffi(ClassLoader loader) {
        List<Path> jars = new ArrayList<>();
        Optional<Path> main = jarOf("com.kenai.jffi.Library", loader);
        Optional<Path> stub = jarOfResource(JFFI_STUB, loader);
        main.ifPresent(jars::add);
        stub.ifPresent(jars::add);
        if (main.isPresent() && !stub.isPresent()) {
            neighbour(main.get(), ".jar", "-native.jar").ifPresent(jars::add);
        } else if (stub.isPresent() && !main.isPresent()) {
            neighbour(stub.get(), "-native.jar", ".jar").ifPresent(jars::add);
        }
        return jars;
    }

    private static Optional<Path> neighbour(Path jar, String suffix, String replacement) {
        String name = jar.getFileName().toString();
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        Path other = jar.resolveSibling(name.substring(0, name.length() - suffix.length()) + replacement);
        return Files.isRegularFile(other) ? Optional.of(other) : Optional.empty();
    }

    static Optional<Path> jarOfResource(String resource, ClassLoader loader) {
        java.net.URL url = loader.getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        String file = url.getPath();
        int bang = file.indexOf("!/");
        try {
            return Optional.of(Paths.get(new java.net.URI(bang < 0 ? file : file.substring(0, bang))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> jarOf(String className, ClassLoader loader) {
        try {
            CodeSource source = Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Paths.get(source.getLocation().toURI()));
        } catch (ClassNotFoundException | URISyntaxException | LinkageError e) {
            return Optional.empty();
        }
    }
}
