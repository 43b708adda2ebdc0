package io.github.retire.provider.worker;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.retire.provider.jvm.ClassDataSharing;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;

/**
 * A supervisor process for {@link OrphanTest}: in the run directory it is given (args[2]), starts one
 * real worker on a test that sleeps, prints
 * {@code WORKER <pid>} once the test runs, then waits to be killed.
 */
public final class FakeSupervisor {
    public static void main(String[] args) throws Exception {
        List<Path> classpath = new ArrayList<>();
        for (String entry : args[0].split(java.io.File.pathSeparator)) {
            classpath.add(Paths.get(entry));
        }
        BlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
        WorkerLauncher launcher = new WorkerLauncher(Paths.get(args[2]), ClassDataSharing.off(classpath), new Properties(), queue::add, new NullConsoleLogger(), null, false);
        Worker worker = launcher.start(false);
        String pid = null;
        while (true) {
            WorkerEvent e = queue.poll(120, java.util.concurrent.TimeUnit.SECONDS);
            if (e == null || e.kind == WorkerEvent.Kind.EXITED) {
                System.out.println("NO WORKER: " + (e == null ? "timed out" : "it exited with " + e.number));
                System.exit(1);
            }
            if (e.kind != WorkerEvent.Kind.FRAME) {
                continue;
            }
            if (e.frame.type() == EventType.HELLO) {
                pid = e.frame.string(1);
                e.connection.worker = worker;
                worker.connection = e.connection;
                worker.send(CommandType.RUN_CLASS, args[1]);
            } else if (e.frame.type() == EventType.TEST_STARTING) {
                System.out.println("WORKER " + pid);
                System.out.flush();
            }
        }
    }
}
