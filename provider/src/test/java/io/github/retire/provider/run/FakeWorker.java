package io.github.retire.provider.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.retire.provider.worker.Connection;
import io.github.retire.provider.worker.Worker;
import io.github.retire.provider.worker.WorkerEvent;
import io.github.retire.wire.ChannelArguments;
import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.Frame;
import io.github.retire.wire.FrameDecoder;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Journal;
import io.github.retire.wire.Magic;
import io.github.retire.wire.TestReport;
import io.github.retire.wire.WatchdogMessage;

/**
 * A worker of a {@link FakeRun}: a script of what it says, played when the supervisor starts it. Frames
 * go as a worker's do: through its journal to a real {@link Connection} over a loopback socket, so the
 * supervisor counts them and can replay what the connection never delivered. Each frame is played only
 * once the connection decoded it, and the other events (native output, pipe ends, the exit) go straight
 * on the supervisor's queue, so the queue holds the script in its order.
 *
 * <p>The script is played up to {@link #untilKilled()} at launch, the rest when the supervisor kills the
 * process. A script that does not end the worker ends it with status 0 when the supervisor says shutdown.
 */
final class FakeWorker {
    private static final long TAKE_SECONDS = 20;

    final int id;
    final String secret;
    private final FakeRun run;
    private final List<Runnable> steps = new ArrayList<>();
    private final List<Runnable> whenKilled = new ArrayList<>();
    private boolean scriptingKill;
    /** Frames from here on go to the journal and are never flushed: the worker dies holding them. */
    private boolean holding;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final BlockingQueue<WorkerEvent> staging = new LinkedBlockingQueue<>();
    private Worker worker;
    private FakeProcess process;
    private boolean spare;
    private ServerSocket server;
    private Socket socket;
    private Connection connection;
    private FrameEncoder<EventType> events;
    private Thread commandReader;
    private boolean ended;
    private long startedAgoMillis;

    FakeWorker(FakeRun run, int id) {
        this.run = run;
        this.id = id;
        this.secret = "secret-" + id;
    }

    // ---- the script ----

    /** Connects and says hello with its system properties, as a worker that started well. */
    FakeWorker hello() {
        frame(Frame.of(EventType.HELLO, null, String.valueOf(id), String.valueOf(1000 + id)));
        return frame(Frame.of(EventType.SYSTEM_PROPERTIES, null, "worker=" + id));
    }

    /** The class starts, with its plan: a test per method, in this order. */
    FakeWorker testSetStarting(String testClass, String... methods) {
        frame(classReport(testClass).toFrame(EventType.TESTSET_STARTING));
        StringBuilder plan = new StringBuilder("C " + FakeRun.classUid(testClass));
        for (String method : methods) {
            plan.append("\nT ").append(FakeRun.uid(testClass, method));
        }
        return frame(Frame.of(EventType.PLAN, null, plan.toString()));
    }

    /** The class starts, and the worker goes before its plan is out (its journal failed in between, say). */
    FakeWorker testSetStartingWithoutPlan(String testClass) {
        return frame(classReport(testClass).toFrame(EventType.TESTSET_STARTING));
    }

    FakeWorker testStarting(String testClass, String method) {
        return frame(report(testClass, method, null).toFrame(EventType.TEST_STARTING));
    }

    FakeWorker testSucceeded(String testClass, String method) {
        return frame(report(testClass, method, null).toFrame(EventType.TEST_SUCCEEDED));
    }

    /** An assertion failed in it, with this message. */
    FakeWorker testFailed(String testClass, String method, String message) {
        return frame(report(testClass, method, message).toFrame(EventType.TEST_FAILED));
    }

    /** One test that starts and passes. */
    FakeWorker passes(String testClass, String method) {
        return testStarting(testClass, method).testSucceeded(testClass, method);
    }

    /** One test that starts and fails. */
    FakeWorker fails(String testClass, String method, String message) {
        return testStarting(testClass, method).testFailed(testClass, method, message);
    }

    FakeWorker testSetCompleted(String testClass) {
        return frame(classReport(testClass).withElapsed(1).toFrame(EventType.TESTSET_COMPLETED));
    }

    FakeWorker classDone(String testClass) {
        return frame(Frame.of(EventType.CLASS_DONE, null, testClass));
    }

    /** Java-level output of a test (a null owner: a thread no test started). */
    FakeWorker stdout(String text, String owner) {
        return frame(Frame.of(EventType.STDOUT, 1, text, owner));
    }

    /** It drained after this test failed and asks to retire (in place of its testset-completed). */
    FakeWorker retire(String testClass, String method) {
        return frame(Frame.of(EventType.RETIRE, null, FakeRun.uid(testClass, method)));
    }

    /** The Java stage of a hard timeout: the test that overran, the message, the thread dump. */
    FakeWorker timeout(String testClass, String method, String message, String threadDump) {
        return frame(Frame.of(EventType.TIMEOUT, null, FakeRun.uid(testClass, method), message, threadDump));
    }

    /** A native-sync frame: native output before it came down the pipes before marker n. */
    FakeWorker nativeSync(int n) {
        return frame(Frame.of(EventType.NATIVE_SYNC, n));
    }

    /** From here on it writes frames to its journal and never flushes them: it dies holding them. */
    FakeWorker holding() {
        add(() -> holding = true);
        return this;
    }

    /** A line below Java on its stdout or stderr (a JNI printf, a JVM crash banner). */
    FakeWorker nativeOutput(boolean stdout, String line) {
        return add(() -> run.queue.add(WorkerEvent.nativeOutput(worker, stdout, line, true)));
    }

    /** The native watchdog's line on stderr: it ended the worker past the deadline and grace. */
    FakeWorker watchdogLine() {
        return nativeOutput(false, WatchdogMessage.line(secret));
    }

    /** The sync marker n came down one of its pipes. */
    FakeWorker pipeMarker(boolean stdout, int n) {
        return add(() -> run.queue.add(WorkerEvent.pipeSync(worker, stdout, n)));
    }

    /**
     * Its connection ends (a worker that never connected has none to end). The socket stays open until
     * the run is over, so that {@link #commands()} has whatever the supervisor sent, also what it sent
     * after the worker's script ended it: the script runs ahead of the supervisor, which sees this end only
     * when it gets to it on its queue, as it would a real worker's.
     */
    FakeWorker connectionClosed() {
        return add(() -> {
            if (connection != null) {
                run.queue.add(WorkerEvent.disconnected(connection));
            }
        });
    }

    FakeWorker outputClosed(boolean stdout) {
        return add(() -> run.queue.add(WorkerEvent.outputClosed(worker, stdout)));
    }

    /** The process ended with this status (128 + n: killed by signal n). */
    FakeWorker exited(int status) {
        return add(() -> {
            ended = true;
            process.status = status;
            run.queue.add(WorkerEvent.exited(worker, status));
        });
    }

    /** All of its end: the connection, both pipes, then the process's exit status. */
    FakeWorker exits(int status) {
        return connectionClosed().outputClosed(true).outputClosed(false).exited(status);
    }

    /**
     * What follows happens when the supervisor kills the process; without anything after, it dies with
     * status 137 (SIGKILL).
     */
    FakeWorker untilKilled() {
        scriptingKill = true;
        return this;
    }

    /** The worker port stops taking connections (not this worker's doing; its script is where it happens). */
    FakeWorker doorBroken(String why) {
        return add(() -> run.queue.add(WorkerEvent.doorBroken(why)));
    }

    /** Its process started this long before the supervisor has it: the clock of its hello deadline. */
    FakeWorker startedAgo(long millis) {
        startedAgoMillis = millis;
        return this;
    }

    // ---- what the test reads back ----

    /**
     * The commands it received on its connection, one a line: {@code run-class A}, {@code run-tests A <uid> <uid>},
     * {@code retire-ack}, {@code shutdown}.
     */
    List<String> commands() {
        return new ArrayList<>(commands);
    }

    /** Whether the supervisor started it as a spare. */
    boolean spare() {
        return spare;
    }

    /** How often the supervisor killed its process. */
    int kills() {
        return process == null ? 0 : process.kills;
    }

    // ---- the machinery ----

    private static TestReport classReport(String testClass) {
        return TestReport.named(FakeRun.classUid(testClass), testClass, null, null, null);
    }

    private static TestReport report(String testClass, String method, String failure) {
        if (failure == null) {
            return TestReport.named(FakeRun.uid(testClass, method), testClass, null, method, null);
        }
        String trace = "org.opentest4j.AssertionFailedError: " + failure + "\n\tat " + testClass + "." + method;
        return new TestReport(FakeRun.uid(testClass, method), testClass, null, method, null, failure, failure,
                trace, trace, trace, 1);
    }

    private FakeWorker frame(Frame<EventType> frame) {
        return add(() -> {
            try {
                connect();
                events.send(frame);
                if (!holding) {
                    events.flush();
                    forward();
                }
            } catch (IOException e) {
                run.broke(e);
            }
        });
    }

    private FakeWorker add(Runnable step) {
        (scriptingKill ? whenKilled : steps).add(step);
        return this;
    }

    Worker launch(boolean asSpare) {
        this.spare = asSpare;
        Path journal = run.directory.resolve("journal-" + id);
        try {
            Journal.create(journal);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        process = new FakeProcess();
        worker = new Worker(id, secret, process, journal);
        worker.startedAt -= TimeUnit.MILLISECONDS.toNanos(startedAgoMillis);
        if (steps.isEmpty()) {
            hello();
        }
        play(steps);
        return worker;
    }

    /** Connects the way a worker does: to the supervisor's side of a loopback socket, read by a Connection. */
    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        connection = Connection.open(server.accept(), worker, run.log, staging::add, Long.MAX_VALUE);
        events = new FrameEncoder<>(Journal.open(worker.journal, socket.getOutputStream()), Magic.EVENTS);
        InputStream in = socket.getInputStream();
        commandReader = new Thread(() -> readCommands(in), "fake-worker-" + id + "-commands");
        commandReader.setDaemon(true);
        commandReader.start();
    }

    /** Waits for the connection to decode the frame written, and queues it where the script has it. */
    private void forward() {
        try {
            WorkerEvent e = staging.poll(TAKE_SECONDS, TimeUnit.SECONDS);
            if (e == null || e.kind != WorkerEvent.Kind.FRAME) {
                throw new IllegalStateException("worker " + id + ": expected a frame from the connection, got "
                        + (e == null ? "nothing" : e.kind));
            }
            run.queue.add(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.broke(e);
        } catch (RuntimeException e) {
            run.broke(e);
        }
    }

    private synchronized void play(List<Runnable> script) {
        for (Iterator<Runnable> it = script.iterator(); it.hasNext() && !ended; ) {
            it.next().run();
        }
    }

    private void readCommands(InputStream in) {
        FrameDecoder<CommandType> decoder = new FrameDecoder<>(Channels.newChannel(in), Magic.COMMANDS,
                CommandType.class, new ChannelArguments("a fake worker", run.log));
        try {
            while (true) {
                Frame<CommandType> command = decoder.next();
                commands.add(String.join(" ", describe(command)));
                if (command.type() == CommandType.SHUTDOWN && !endsItself()) {
                    synchronized (this) {
                        if (!ended) {
                            exits(0);
                            play(steps.subList(steps.size() - 4, steps.size()));
                        }
                    }
                }
            }
        } catch (IOException end) {
            // the supervisor closed the connection
        }
    }

    /** Whether the script ends the process itself, or waits to be killed. */
    private boolean endsItself() {
        return scriptingKill || ended;
    }

    private static List<String> describe(Frame<CommandType> command) {
        List<String> words = new ArrayList<>();
        words.add(command.type().opcode());
        for (String s : command.strings()) {
            words.add(s.replace('\n', ' '));
        }
        return words;
    }

    /** Ends its side of the connection, so that the supervisor's side ends and the command reader with it. */
    void close() {
        if (socket != null && !socket.isOutputShutdown()) {
            try {
                socket.shutdownOutput();
            } catch (IOException ignored) {
                // gone already
            }
        }
    }

    void awaitCommands() {
        if (commandReader != null) {
            try {
                commandReader.join(TimeUnit.SECONDS.toMillis(TAKE_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (socket != null) {
                socket.close();
            }
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // gone already
        }
    }

    /** The worker's process: alive until its script says it exited, and killed by running the kill script. */
    private final class FakeProcess extends Process {
        volatile Integer status;
        int kills;

        @Override
        public Process destroyForcibly() {
            kills++;
            synchronized (FakeWorker.this) {
                if (!ended) {
                    if (whenKilled.isEmpty()) {
                        scriptingKill = true;
                        exits(137);
                    }
                    play(whenKilled);
                }
            }
            return this;
        }

        @Override
        public void destroy() {
            destroyForcibly();
        }

        @Override
        public boolean isAlive() {
            return status == null;
        }

        @Override
        public long pid() {
            return 1000 + id;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public InputStream getErrorStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public int waitFor() throws InterruptedException {
            throw new UnsupportedOperationException("the supervisor never waits for a worker's process");
        }

        @Override
        public int exitValue() {
            if (status == null) {
                throw new IllegalThreadStateException("alive");
            }
            return status;
        }
    }
}
