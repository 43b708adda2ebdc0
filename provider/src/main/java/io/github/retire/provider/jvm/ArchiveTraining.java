package io.github.retire.provider.jvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.retire.wire.PrivateFiles;

/**
 * The training JVM that builds a class-data archive: booter's {@code Training} run from the jars to
 * archive, with the workers' JVM options, writing a pending archive that {@link ArchiveStore#publish}
 * makes visible once the training succeeded. It runs beside the run's workers and may outlive the
 * run's last test, so it is stopped and its files removed however it ended.
 */
final class ArchiveTraining {
    private final Process process;
    private final Path pending;

    private ArchiveTraining(Process process, Path pending) {
        this.process = process;
        this.pending = pending;
    }

    /**
     * @param jars      the leading jars of the workers' classpath, the ones HotSpot archives
     * @param aotCache  an AOT cache rather than a dynamic CDS archive (see {@link ClassDataSharing})
     * @param pending   where it writes the archive
     * @param scratch   a private directory of this run, for the training JVM's argument file
     */
    static ArchiveTraining start(String java, List<String> jvmArguments, List<Path> jars, boolean aotCache,
                                 Path pending, Path scratch) throws IOException {
        Path arguments = scratch.resolve("training.args");
        PrivateFiles.write(arguments, ("-cp \"" + ClassDataSharing.quote(ClassDataSharing.join(jars)) + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArguments);
        command.addAll(SharingOptions.quiet(aotCache));
        // The AOT cache is assembled at exit by a child JVM, which the training waits for.
        command.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + pending);
        command.add("@" + arguments);
        command.add(ClassDataSharing.TRAINING_MAIN);
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new ArchiveTraining(process, pending);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The archive it built, if it ended well within the given time; else null. */
    Path built(long waitMillis) throws IOException, InterruptedException {
        return process.waitFor(waitMillis, TimeUnit.MILLISECONDS) && process.exitValue() == 0
                && Files.size(pending) > 0 ? pending : null;
    }

    /** Stops it if it still runs, and removes what is left of its pending archive (published or not). */
    void stop() {
        // descendants first: an AOT cache's assembling child would otherwise outlive its parent
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            Files.deleteIfExists(pending);
            Files.deleteIfExists(Paths.get(pending + ".config")); // the AOT training's own leftover
            Files.deleteIfExists(ArchiveStore.pendingChecksum(pending));
        } catch (IOException ignored) {
            // a stale .tmp is harmless: it is never mapped, and the next publish prunes it
        }
    }
}
