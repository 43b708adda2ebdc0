package io.github.retire.booter;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.SimpleDateFormat;
import java.util.Date;

/**
 * The worker's thread dump for Surefire's {@code .dump} file of the fork. Surefire's
 * {@code forkedProcessTimeoutInSeconds}, a shutdown or a dead Maven make the fork write its own thread
 * dump there, and end it or not. The tests run in the worker, so the thread dump that shows a hung test
 * is the worker's: it goes to the same file, in the same form, when the fork passes the shutdown on
 * and when the worker halts because its supervisor went away.
 */
final class ThreadDump {
    private ThreadDump() {
    }

    static void dumpThreads(Path dumpFile, String workerId, String why) {
        if (dumpFile == null) {
            return;
        }
        String nl = System.lineSeparator();
        String text = "# Created at " + new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS").format(new Date()) + nl
                + "retire worker " + workerId + ": " + why + ". Thread dump of the worker ("
                + ManagementFactory.getRuntimeMXBean().getName() + "), which runs the tests:" + nl
                + threadDump() + nl + nl;
        try {
            Files.createDirectories(dumpFile.toAbsolutePath().getParent());
            // One write in append mode: the fork and other workers may write to the same file.
            try (OutputStream out = Files.newOutputStream(dumpFile, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException ignored) {
            // halting matters more than the dump
        }
    }

    /** In the form of stock's fork (ForkedBooter), so that both read alike. */
    static String threadDump() {
        StringBuilder dump = new StringBuilder();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 100)) {
            if (info == null) {
                continue;
            }
            dump.append('"').append(info.getThreadName()).append("\" ");
            dump.append("\n   java.lang.Thread.State: ").append(info.getThreadState());
            for (StackTraceElement element : info.getStackTrace()) {
                dump.append("\n        at ").append(element);
            }
            dump.append("\n\n");
        }
        return dump.toString();
    }
}
