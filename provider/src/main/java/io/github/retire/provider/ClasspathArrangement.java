package io.github.retire.provider;

import java.io.File;
import java.io.IOException;
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
    private ClasspathArrangement() {
    }

    /**
     * Jars that share no file name with any directory of the classpath first, in their order, then
     * everything else in its order.
     */
    static List<Path> arrange(List<Path> classpath) throws IOException {
        Set<String> inDirectories = new HashSet<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(Files::isRegularFile)
                            .forEach(f -> inDirectories.add(entry.relativize(f).toString().replace(File.separatorChar, '/')));
                }
            }
        }
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

    private static boolean sharesName(Path jar, Set<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && names.contains(e.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // not a zip we can read: leave it where it was
        }
    }

    static boolean isJar(Path entry) {
        return Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar");
    }

}
