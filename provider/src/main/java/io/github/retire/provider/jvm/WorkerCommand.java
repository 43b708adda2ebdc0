package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.retire.wire.PrivateFiles;
import org.apiguardian.api.API;

/**
 * A worker's command line: the fork's own java executable and JVM arguments (argLine, agents, -X options),
 * so that a test sees the JVM a stock fork would give it, plus what retire adds: the class-data archive's
 * options first (an option the user gave comes later and wins), a fatal error log in the reports directory,
 * a debugger's agent of the worker's own, the classpath through an argument file, and the worker's role.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WorkerCommand {
    /** The worker JVM's entry point, in booter/. */
    public static final String MAIN_CLASS = "io.github.retire.booter.WorkerMain";
    private static final String ERROR_FILE = "-XX:ErrorFile=";

    private final List<String> jvmArguments;
    private final String errorFilePattern;
    private final Path argumentFile;

    /**
     * @param reportsDirectory where a crashing worker's fatal error log goes, unless the argLine names one
     *                         with -XX:ErrorFile; null to leave the JVM's default
     * @param directory        the run's private directory, for the classpath's argument file
     */
    public WorkerCommand(Path reportsDirectory, boolean nativeAccess, Path directory) throws IOException {
        this.jvmArguments = forkArguments();
        if (nativeAccess && Runtime.version().feature() >= 17) {
            // JDK 22+ warns when native code is loaded without it; JDK 17 accepts the flag.
            jvmArguments.add("--enable-native-access=ALL-UNNAMED");
        }
        String errorFile = null;
        for (String arg : jvmArguments) {
            if (arg.startsWith(ERROR_FILE)) {
                errorFile = arg.substring(ERROR_FILE.length());
            }
        }
        if (errorFile == null && reportsDirectory != null) {
            Files.createDirectories(reportsDirectory);
            errorFile = reportsDirectory.resolve("hs_err_pid%p.log").toAbsolutePath().toString();
            jvmArguments.add(ERROR_FILE + errorFile);
        }
        this.errorFilePattern = errorFile;
        this.argumentFile = directory.resolve("classpath.args");
    }

    /** The JVM arguments every worker gets (and the class-data training JVM too). */
    public List<String> jvmArguments() {
        return Collections.unmodifiableList(jvmArguments);
    }

    /** Writes the classpath once for every worker: a long classpath would not fit a command line. */
    public void writeClasspath(List<Path> classpath) throws IOException {
        PrivateFiles.write(argumentFile, ("-cp \"" + ClassDataSharing.quote(ClassDataSharing.join(classpath))
                + "\"\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param archiveOptions the class-data options for the archive it maps (none for none)
     * @param debugger       the debugger's agent option of this worker, or null
     */
    public List<String> forWorker(int id, Path config, int port, List<String> archiveOptions, String debugger) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(archiveOptions); // ours first, so that an option the user gave wins
        command.addAll(jvmArguments);
        if (debugger != null) {
            command.add(debugger);
        }
        command.add("@" + argumentFile);
        command.add(MAIN_CLASS);
        command.add("--port");
        command.add(String.valueOf(port));
        command.add("--worker");
        command.add(String.valueOf(id));
        command.add("--config");
        command.add(config.toString());
        return command;
    }

    /** The fatal error log a worker with this pid wrote, if it did. */
    public Path fatalErrorLog(long pid) {
        String pattern = errorFilePattern != null ? errorFilePattern : "hs_err_pid%p.log";
        Path log = Paths.get(System.getProperty("user.dir"))
                .resolve(pattern.replace("%p", String.valueOf(pid)).replace("%%", "%"));
        return Files.isRegularFile(log) ? log : null;
    }

    /** The fork's java executable, which workers use too. */
    public static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The fork's own JVM arguments, minus a debugger's agent: its port is the supervisor's; a worker gets
     * one of its own (see {@link Debugging}).
     */
    private static List<String> forkArguments() {
        List<String> args = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!Debugging.isAgent(arg)) {
                args.add(arg);
            }
        }
        return args;
    }
}
