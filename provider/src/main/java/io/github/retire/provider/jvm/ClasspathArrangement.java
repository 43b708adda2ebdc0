package io.github.retire.provider.jvm;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The worker classpath in an order a class-data archive can use, with the lookups of Surefire's
 * order. Every jar that has no file name in common with a directory of the classpath moves ahead of
 * the directories. Class and resource lookups give the same answers in either order: two entries
 * are searched in a different order only when one is such a jar and the other a directory, and
 * those hold no name in common. Entries that share a name keep their order.
 */
final class ClasspathArrangement {
    private static final String UNREADABLE = "/unreadable/";
    /**
     * Retire's booter registers its drain condition for Jupiter's extension autodetection here. A test
     * classpath may register its own: the two are read together, and registering retire's first or last
     * changes nothing (it disables tests only while a worker drains, when no other outcome is kept), so
     * this one name does not keep the booter behind.
     */
    static final String JUPITER_EXTENSIONS = "META-INF/services/org.junit.jupiter.api.extension.Extension";
    private static final String DRAIN_CONDITION = "io.github.retire.booter.DrainCondition";

    private ClasspathArrangement() {
    }

    /**
     * Jars that share no file name with any directory of the classpath first, in their order, then
     * everything else in its order.
     */
    static List<Path> arrange(List<Path> classpath) throws IOException {
        Set<String> inDirectories = namesInDirectories(classpath);
        List<Path> first = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        for (Path entry : classpath) {
            if (isJar(entry) && !sharesName(entry, inDirectories)) {
                first.add(entry);
            } else {
                rest.add(entry);
            }
        }
        first.addAll(rest);
        return first;
    }

    /**
     * Why this jar cannot go ahead of the classpath's directories, in words for the build log: it
     * shares a file name with them (the first one is named), or it cannot be read.
     */
    static String whyBehind(Path jar, List<Path> classpath) throws IOException {
        String shared = sharedName(jar, namesInDirectories(classpath));
        String why = UNREADABLE.equals(shared) ? " cannot be read as a zip"
                : " and a directory of the test classpath both hold " + shared;
        return jar.getFileName() + why + ", so it cannot go ahead of the directories without changing what"
                + " lookups find, and HotSpot archives only jars ahead of them";
    }

    /** Whether the jar has an entry of this name. */
    static boolean holds(Path jar, String entry) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<String> namesInDirectories(List<Path> classpath) throws IOException {
        Set<String> names = new HashSet<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(Files::isRegularFile)
                            .forEach(f -> names.add(entry.relativize(f).toString().replace(File.separatorChar, '/')));
                }
            }
        }
        return names;
    }

    private static boolean sharesName(Path jar, Set<String> names) {
        return !names.isEmpty() && sharedName(jar, names) != null;
    }

    /** The first entry of the jar that is one of the names, null if none is, {@link #UNREADABLE} if not a zip. */
    private static String sharedName(Path jar, Set<String> names) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && names.contains(e.getName()) && !onlyDrainCondition(zip, e)) {
                    return e.getName();
                }
            }
            return null;
        } catch (IOException e) {
            return UNREADABLE; // not a zip we can read: leave it where it was
        }
    }

    private static boolean onlyDrainCondition(ZipFile zip, ZipEntry e) throws IOException {
        if (!JUPITER_EXTENSIONS.equals(e.getName())) {
            return false;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().equals(DRAIN_CONDITION);
        }
    }

    static boolean isJar(Path entry) {
        return Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar");
    }

}
