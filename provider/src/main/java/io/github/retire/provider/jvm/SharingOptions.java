package io.github.retire.provider.jvm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What JVM options say about class-data sharing: those by which the user already chose (retire then
 * stays out), an agent (which rules an archive out), and the options retire adds to map an archive or
 * train one. In one place because the archive's kind (dynamic CDS or AOT cache) changes them all.
 */
final class SharingOptions {
    /** Options by which the user already chose how the JVM shares classes: then we stay out. */
    private static final String[] USER_CHOICES = {
        "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
        "-XX:SharedClassListFile", "-XX:AOT", "-XX:+RecordDynamicDumpInfo", "-XX:-UseSharedSpaces",
    };

    /** A JVM that cannot map an archive (a jar changed since) says so on stdout; it still runs. */
    private static final List<String> QUIET = Collections.unmodifiableList(
            Arrays.asList("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    /** The same for an AOT cache, whose messages have their own tag (before JDK 25 that tag is an error). */
    private static final List<String> AOT_QUIET = Collections.unmodifiableList(
            Arrays.asList("-Xlog:aot=off", "-Xlog:cds=off"));

    private SharingOptions() {
    }

    /** Whether one of these options already says how the JVM shares classes. */
    static boolean userChose(List<String> jvmArguments) {
        for (String option : jvmArguments) {
            for (String choice : USER_CHOICES) {
                if (option.startsWith(choice)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first option that loads an agent, up to its own options; null if none does. */
    static String agent(List<String> jvmArguments) {
        for (String arg : jvmArguments) {
            if (arg.startsWith("-javaagent:") || arg.startsWith("-agentpath:") || arg.startsWith("-agentlib:")) {
                int options = arg.indexOf('=');
                return options < 0 ? arg : arg.substring(0, options);
            }
        }
        return null;
    }

    /** The options that keep a JVM mapping or training such an archive quiet about it. */
    static List<String> quiet(boolean aotCache) {
        return aotCache ? AOT_QUIET : QUIET;
    }

    /** The options that make a worker map this archive; none for null. */
    static List<String> mapping(Path archive, boolean aotCache) {
        if (archive == null) {
            return Collections.emptyList();
        }
        List<String> options = new ArrayList<>(quiet(aotCache));
        options.add((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
        return options;
    }
}
