package io.github.retire.booter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.Durations;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.Preamble;
import io.github.retire.wire.PropertiesText;
import io.github.retire.wire.WatchdogMessage;
import io.github.retire.hardkill.NativeWatchdog;

/**
 * Entry point of a worker JVM. Its role comes only from its command line
 * ({@code --port P --worker N --config FILE}), never from the environment, so processes that tests
 * start do not believe they are workers.
 *
 * <p>Exit statuses: 0 after SHUTDOWN; {@value #EXIT_BAD_USAGE} bad command line;
 * {@value #EXIT_SUPERVISOR_GONE} the supervisor's connection closed while work was pending, or the
 * supervisor (the parent process) died ({@link ParentWatch}).
 */
public final class WorkerMain {
    static final int EXIT_BAD_USAGE = 64;
    static final int EXIT_SUPERVISOR_GONE = 65;
    /** Its journal file was truncated under it: see {@link WorkerChannel}. */
    static final int EXIT_JOURNAL_LOST = 66;
    static final int WATCHDOG_EXIT = 125;
    /** Less than the supervisor waits for a worker's hello (60 s), so that the worker says why itself. */
    static final long CONNECT_PATIENCE_MILLIS = 50_000;

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = -1;
        String workerId = null;
        String configFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port":
                    port = Integer.parseInt(args[i + 1]);
                    break;
                case "--worker":
                    workerId = args[i + 1];
                    break;
                case "--config":
                    configFile = args[i + 1];
                    break;
                default:
                    break;
            }
        }
        if (port < 0 || workerId == null || configFile == null) {
            System.err.println("usage: WorkerMain --port P --worker N --config FILE");
            System.exit(EXIT_BAD_USAGE);
        }
        WorkerConfig config = WorkerConfig.read(Paths.get(configFile));
        if (config.enableAssertions() != null) {
            // Surefire's enableAssertions (default true) is no -ea: its fork sets the test class loader's
            // default, before any test class loads; argLine's -ea/-da for packages and classes still win.
            ClassLoader.getSystemClassLoader().setDefaultAssertionStatus(config.enableAssertions());
        }
        for (Map.Entry<String, String> p : config.systemProperties().entrySet()) {
            System.setProperty(p.getKey(), p.getValue());
        }

        WorkerChannel channel = WorkerChannel.connect(port, Preamble.encode(Integer.parseInt(workerId), config.secret()),
                "worker " + workerId, config.journal(), config.testTimeoutMillis() > 0, CONNECT_PATIENCE_MILLIS);
        Events events = channel.events;
        events.send(EventType.HELLO, null, workerId, String.valueOf(ProcessHandle.current().pid()));
        events.send(EventType.SYSTEM_PROPERTIES, null, PropertiesText.of(System.getProperties()));
        events.flush();
        // After the properties for the reports: loading sets jffi.extract.dir for a moment.
        CompletableFuture<NativeWatchdog> hardkill = ParentWatch.start(config.nativeHardkill(), workerId,
                config.dumpFile(), config.scratch());

        BlockingQueue<Frame<CommandType>> commands = new LinkedBlockingQueue<>();
        FrameDecoder<CommandType> decoder = channel.commands;
        Retirement retirement = config.retireOnFailure() ? new Retirement(events) : null;
        Cancellation cancellation = Cancellation.detect();
        Drain drain = new Drain(cancellation, config.skipAfterFailureCount());
        drain.install();
        String id = workerId;
        Thread reader = new Thread(() -> readCommands(decoder, commands, retirement, drain, config.dumpFile(), id),
                "retire-command-reader");
        reader.setDaemon(true);
        reader.start();

        // A test that calls System.exit must not take the events before it along.
        Runtime.getRuntime().addShutdownHook(new Thread(events::flushQuietly, "retire-final-flush"));
        PrintStream nativeErr = System.err;
        Owners owners = new Owners();
        OutputCapture.install(events, owners);
        TestRunner runner;
        try {
            runner = new TestRunner(config, new ReportingListener(events, new NativeSync(events, config.secret(),
                    channel.foreignWrites()),
                    retirement, timeoutGuard(config, hardkill, events), drain, owners), drain, cancellation,
                    retirement != null || config.skipAfterFailureCount() > 0, events);
        } catch (Throwable t) {
            events.send(EventType.FATAL, null, "cannot start the JUnit Platform launcher: " + t);
            events.flush();
            nativeErr.println("[retire] worker " + workerId + " cannot start: " + t);
            System.exit(1);
            return;
        }
        if (retirement != null) {
            retirement.beforeExit(() -> runner.endSession(events));
        }
        if (config.warmUp()) {
            runner.warmUp();
        }
        ParentWatch.awaitLoad(hardkill);
        serve(commands, runner, events);
        runner.endSession(events);
        events.flush();
        channel.socket.close();
        System.exit(0);
    }

    private static void serve(BlockingQueue<Frame<CommandType>> commands, TestRunner runner, Events events)
            throws InterruptedException {
        while (true) {
            Frame<CommandType> command = commands.take();
            switch (command.type()) {
                case RUN_CLASS:
                case RUN_CLASSES:
                case RUN_TESTS:
                    String className = command.string(0);
                    try {
                        if (command.type() == CommandType.RUN_CLASS) {
                            runner.runClass(className, events);
                        } else if (command.type() == CommandType.RUN_CLASSES) {
                            runner.runClasses(Arrays.asList(className.split("\n")), events);
                        } else {
                            runner.runTests(className, Arrays.asList(command.string(1).split("\n")), events);
                        }
                    } finally {
                        // Jupiter and JUnit 4.13 clear a flag that a test leaves set; JUnit 4.12 does not.
                        // It must not end the wait for the next command, and the next class may run in
                        // another JVM anyway: it does not carry over (docs/COMPATIBILITY.md).
                        Thread.interrupted();
                        events.send(EventType.CLASS_DONE, null, className);
                        events.flush();
                    }
                    break;
                case SHUTDOWN:
                    return;
                default:
                    throw new IllegalStateException("unexpected command " + command);
            }
        }
    }

    /**
     * Runs on its own thread so that a closed connection is noticed even while a test runs: the
     * supervisor is gone (killed, crashed), and a worker must never outlive it.
     */
    private static void readCommands(FrameDecoder<CommandType> decoder, BlockingQueue<Frame<CommandType>> commands,
                                     Retirement retirement, Drain drain, Path dumpFile, String workerId) {
        try {
            while (true) {
                Frame<CommandType> command = decoder.next();
                if (command.type() == CommandType.DUMP_THREADS) {
                    // Read here, not queued: the test thread that would take it may be the one that hangs.
                    ThreadDump.dumpThreads(dumpFile, workerId, "Surefire told its fork to shut down"
                            + " (forkedProcessTimeoutInSeconds, or a stop)");
                    continue;
                }
                if (command.type() == CommandType.RETIRE_ACK) {
                    // The test thread waits for this inside the JUnit listener, not on the queue.
                    if (retirement != null) {
                        retirement.acknowledge();
                    }
                    continue;
                }
                if (command.type() == CommandType.FAILURES_LEFT) {
                    // At once, not behind the running class: a drain must reach the tests running now.
                    drain.failuresLeft(Integer.parseInt(command.string(0)));
                    continue;
                }
                commands.add(command);
                if (command.type() == CommandType.SHUTDOWN) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            ThreadDump.dumpThreads(dumpFile, workerId, "its supervisor (Surefire's fork) went away");
            Runtime.getRuntime().halt(EXIT_SUPERVISOR_GONE);
        }
    }

    /** Null when no retire.testTimeout is set. */
    private static TimeoutGuard timeoutGuard(WorkerConfig config, CompletableFuture<NativeWatchdog> hardkill,
                                             Events events) {
        long timeout = config.testTimeoutMillis();
        if (timeout <= 0) {
            return null;
        }
        NativeWatchdog watchdog = null;
        String lost = "a stalled JVM (stuck at a safepoint, or blocked where Java threads cannot run) is killed by"
                + " the supervisor instead, once silent for the limit, retire.timeoutGrace and "
                + Durations.describe(WatchdogMessage.SUPERVISOR_MARGIN_MILLIS) + " more";
        if (!config.nativeHardkill()) {
            events.send(EventType.LOG, null, "WARNING", "retire.hardkill=java: using the Java watchdog only; " + lost);
        } else {
            try {
                watchdog = hardkill.join();
                watchdog.startDeadline(WatchdogMessage.line(config.secret()) + "\n", WATCHDOG_EXIT);
            } catch (CompletionException | IOException e) {
                Throwable why = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                watchdog = null;
                events.send(EventType.LOG, null, "WARNING", "the native hardkill watchdog is unavailable ("
                        + why.getMessage() + "); using the Java watchdog only; " + lost);
            }
        }
        return new TimeoutGuard(timeout, config.timeoutGraceMillis(), watchdog, events);
    }
}
