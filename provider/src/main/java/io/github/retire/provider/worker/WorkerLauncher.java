package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.retire.provider.jvm.ClassDataSharing;
import io.github.retire.provider.jvm.Debugging;
import io.github.retire.provider.jvm.ScratchDirectory;
import io.github.retire.provider.jvm.WorkerCommand;
import io.github.retire.provider.report.Holding;
import io.github.retire.wire.ConfigKeys;
import io.github.retire.wire.Journal;
import io.github.retire.wire.Preamble;
import io.github.retire.wire.PrivateFiles;
import io.github.retire.wire.PropertiesText;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apiguardian.api.API;

/**
 * Starts worker JVMs and owns what they share: the loopback server socket they connect back to,
 * the private directory with their configuration, and the duty to leave no worker behind. Workers
 * get the fork's java executable, JVM arguments, system properties, environment and working
 * directory, so a test sees what it would see in a stock Surefire fork.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WorkerLauncher implements Launcher, AutoCloseable {
    /** How long a run that ends before the class-data training JVM waits for it, once. */
    private static final long TRAINING_WAIT_MILLIS = 20_000;
    /**
     * How long a fork that goes down waits for its workers to end themselves (each appends its thread
     * dump to Surefire's .dump file and halts) before it kills what is left.
     */
    private static final long REAP_GRACE_MILLIS = 2_000;

    private final Consumer<WorkerEvent> queue;
    private final ConsoleLogger logger;
    private final Path directory;
    private final Door<Worker> door;
    private final Properties workerConfig;
    private final WorkerCommand command;
    private final ClassDataSharing sharing;
    private final List<Worker> started = new ArrayList<>();
    /** The worker connections not ended yet, for the reaper (the supervisor's are its thread's). */
    private final List<Connection> connections = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    /** Each worker's secret, from before its process starts: it may connect at once. */
    private final Map<Integer, String> secrets = new ConcurrentHashMap<>();
    /** Held output of the run, in memory up to a limit and beyond it in files of the run's directory. */
    private final Holding holding;
    private final Thread reaper = new Thread(this::reap, "retire-worker-reaper");
    private int nextId = 1;
    private Debugging debugging;

    /**
     * @param directory        a private directory of this run; the launcher deletes it when closed
     * @param reportsDirectory where a crashing worker's fatal error log goes, unless the argLine
     *                         names one with -XX:ErrorFile; null to leave the JVM's default
     */
    public WorkerLauncher(Path directory, ClassDataSharing sharing, Properties workerConfig, Consumer<WorkerEvent> queue,
               ConsoleLogger logger, Path reportsDirectory, boolean nativeAccess) throws IOException {
        this.queue = queue;
        this.logger = logger;
        this.workerConfig = workerConfig;
        this.sharing = sharing;
        this.command = new WorkerCommand(reportsDirectory, nativeAccess, directory);
        this.directory = directory;
        this.holding = new Holding(directory);
        sharing.start(WorkerCommand.java(), new ArrayList<>(command.jvmArguments()), directory);
        if (sharing.offReason() != null) {
            logger.info("[retire] no class-data archive for the workers (retire.cds): " + sharing.offReason()
                    + ". Set retire.cds=false to leave it out.");
        }
        if (sharing.removed() != null) {
            logger.warning(sharing.removed());
        }
        command.writeClasspath(sharing.classpath());
        this.door = new Door<>(this::check, this::admit, logger, why -> {
            logger.error("[retire] " + why + "; no worker can connect any more, and the run stops");
            queue.accept(WorkerEvent.doorBroken(why));
        });
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Where the run's held output is kept (the supervisor loop's only). */
    public Holding holding() {
        return holding;
    }

    /** Each worker from now on gets the debugger's agent on a port of its own (null: none). */
    public void debugWith(Debugging debugging) {
        this.debugging = debugging;
    }

    @Override
    public Worker start(boolean spare) throws IOException {
        int id = nextId++;
        String secret = Preamble.newSecret(random);
        secrets.put(id, secret);
        Path config = directory.resolve("worker-" + id + ".properties");
        Properties p = new Properties();
        p.putAll(workerConfig);
        p.setProperty(ConfigKeys.SECRET, secret);
        p.setProperty(ConfigKeys.WARM_UP, String.valueOf(spare));
        Path journal = directory.resolve("journal-" + id);
        Journal.create(journal);
        p.setProperty(ConfigKeys.JOURNAL, journal.toString());
        p.setProperty(ConfigKeys.SCRATCH, directory.toAbsolutePath().toString());
        PrivateFiles.write(config, PropertiesText.of(p).getBytes(StandardCharsets.UTF_8));
        Path archive = sharing.mapped();
        String[] debugger = debugging == null ? null : debugging.optionForWorker();
        List<String> line = command.forWorker(id, config, door.port(), sharing.optionsFor(archive),
                debugger == null ? null : debugger[0]);
        ProcessBuilder builder = new ProcessBuilder(line).directory(new File(System.getProperty("user.dir")));
        Process process = builder.start();
        // An empty, closed stdin: a test that reads System.in (or native code that reads fd 0) gets
        // end-of-input at once, instead of waiting forever on a pipe nobody writes.
        process.getOutputStream().close();
        Worker worker = new Worker(id, secret, process, journal, holding);
        worker.debugged = debugger != null;
        worker.spare = spare;
        worker.archive = archive;
        if (debugger != null) {
            logger.info(debugging.listens()
                    ? "[retire] debugging: attach your debugger to worker " + id + " on port " + debugger[1]
                    : "[retire] debugging: worker " + id + " connects to your debugger with " + debugger[0]);
        }
        synchronized (started) {
            started.add(worker);
            started.notifyAll();
        }
        OutputPump.start(worker, process.getInputStream(), true, queue);
        OutputPump.start(worker, process.getErrorStream(), false, queue);
        process.onExit().thenAccept(p2 -> queue.accept(WorkerEvent.exited(worker, p2.exitValue())));
        return worker;
    }

    /**
     * The worker mapped a class-data archive and ended before its first test: see
     * {@link ClassDataSharing#drop}.
     *
     * @return whether the archive was dropped now, rather than before
     */
    @Override
    public boolean dropArchive(Worker worker) {
        return sharing.drop(worker.archive);
    }

    /** Whether the worker mapped an archive that was dropped since: it is let go before it runs anything. */
    @Override
    public boolean archiveDropped(Worker worker) {
        return sharing.dropped(worker.archive);
    }

    @Override
    public Path fatalErrorLog(Worker worker) {
        return command.fatalErrorLog(worker.process.pid());
    }

    /** The worker this preamble's id and secret belong to, or null; the secret compared in constant time. */
    private Worker check(int id, byte[] secret) throws InterruptedException {
        String known = secrets.get(id);
        byte[] expected = known != null ? known.getBytes(StandardCharsets.US_ASCII) : new byte[Preamble.SECRET_CHARS];
        if (!MessageDigest.isEqual(expected, secret) || known == null) {
            return null;
        }
        // Its process may have connected before start() had its Worker: a moment, no more.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (started) {
            while (true) {
                for (Worker w : started) {
                    if (w.id == id) {
                        return w;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return null;
                }
                started.wait(left);
            }
        }
    }

    private void admit(Socket socket, Worker worker) throws IOException {
        Connection connection = Connection.open(socket, worker, logger, queue, maxFrameBytes());
        synchronized (connections) {
            connections.removeIf(Connection::ended);
            connections.add(connection);
        }
    }

    /**
     * The most string bytes a worker's frame may declare: an eighth of the supervisor's heap. Its
     * strings are held whole (Surefire's reporter needs them whole), and decoding takes a few times
     * their size, so a frame larger than this could only end the run with an OutOfMemoryError; refused,
     * it costs its worker, whose class is then reported as a crash that says why.
     */
    static long maxFrameBytes() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** Forcibly ends every worker still alive. Safe to call more than once, from any thread. */
    void killAll() {
        List<Worker> copy;
        synchronized (started) {
            copy = new ArrayList<>(started);
        }
        for (Worker w : copy) {
            w.process.descendants().forEach(ProcessHandle::destroyForcibly);
            w.process.destroyForcibly();
        }
    }

    /**
     * The fork goes down in the middle of the run (Surefire's shutdown with {@code shutdown=exit}, which a
     * SIGTERM or Ctrl-C to Maven sends, or a signal to the fork): nothing of ours may stay. The fork's
     * shutdown listener exits at once, before retire's could pass the word on, and the thread dump that
     * shows the running test is a worker's. So the workers are first told the way a dead fork tells
     * them, by the end of their connections: each appends its thread dump to Surefire's .dump file and
     * halts. What has not ended after {@link #REAP_GRACE_MILLIS} (a stalled JVM) is killed.
     */
    private void reap() {
        List<Connection> open;
        synchronized (connections) {
            open = new ArrayList<>(connections);
        }
        open.forEach(Connection::close);
        List<Worker> copy;
        synchronized (started) {
            copy = new ArrayList<>(started);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REAP_GRACE_MILLIS);
        for (Worker w : copy) {
            long left = deadline - System.nanoTime();
            if (open.isEmpty() || left <= 0) {
                break;
            }
            try {
                w.process.waitFor(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        killAll();
        sharing.finish(0);
    }

    @Override
    public void close() {
        killAll();
        sharing.finish(TRAINING_WAIT_MILLIS);
        door.close();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook runs anyway
        }
        ScratchDirectory.delete(directory);
    }
}
