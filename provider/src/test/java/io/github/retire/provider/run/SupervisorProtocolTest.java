package io.github.retire.provider.run;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.retire.provider.report.Relay;
import io.github.retire.provider.settings.Parallelism;
import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.work.WorkQueue;
import io.github.retire.provider.worker.Connection;
import io.github.retire.provider.worker.Worker;
import io.github.retire.provider.worker.WorkerEvent;
import io.github.retire.wire.EventType;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Magic;
import io.github.retire.wire.TestReport;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.report.ReportEntry;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.junit.jupiter.api.Test;

/**
 * A worker that sends what it may not in its state costs itself, never the run: the supervisor loop
 * goes on, and ends. The worker here is a socket this test writes frames to, and a process that
 * stands in for its JVM.
 */
class SupervisorProtocolTest {
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    private final TestReportListener<TestOutputReportEntry> reporter = (TestReportListener<TestOutputReportEntry>)
            Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TestReportListener.class},
                    (proxy, method, args) -> {
                        Object arg = args == null ? null : args[0];
                        if (arg instanceof ReportEntry) {
                            ReportEntry e = (ReportEntry) arg;
                            seen.add(method.getName() + " " + e.getSourceName()
                                    + (e.getName() == null ? "" : "." + e.getName()));
                        } else if (arg instanceof String) {
                            logged.add(method.getName() + " " + arg);
                        }
                        return null;
                    });

    private final ConsoleLogger log = (ConsoleLogger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConsoleLogger.class}, (proxy, method, args) -> {
                logged.add(method.getName() + " " + (args == null ? "" : args[0]));
                return method.getReturnType() == boolean.class ? false : null;
            });

    private static TestReport report(String cls, String method) {
        String classUid = "[engine:e]/[class:" + cls + "]";
        return TestReport.named(method == null ? classUid : classUid + "/[method:" + method + "()]", cls, null,
                method, null);
    }

    /** Frames to send, as the worker would. */
    private interface Script {
        void send(FrameEncoder<EventType> events) throws Exception;
    }

    /**
     * Runs the supervisor with one worker that sends the script, then, once the supervisor killed it,
     * ends the way a killed worker ends. Fails unless the loop ends by itself.
     */
    private void run(Parallelism parallelism, List<String> classes, Script script) throws Exception {
        run(parallelism, classes, script, new byte[0], Long.MAX_VALUE);
    }

    /** Writes these raw bytes after the script's frames, on a connection that takes frames up to this size. */
    private void run(Parallelism parallelism, List<String> classes, Script script, byte[] after, long maxFrameBytes)
            throws Exception {
        Properties p = new Properties();
        p.setProperty(Settings.WORKERS, "1");
        Settings settings = Settings.read(p, Collections.emptyMap(), 2, w -> { });
        BlockingQueue<WorkerEvent> queue = new LinkedBlockingQueue<>();
        Supervisor supervisor = new Supervisor(settings, parallelism, new WorkQueue(classes, 0), new Relay(reporter), log,
                queue, 0);
        Process process = new ProcessBuilder("sleep", "60").start();
        Worker worker = new Worker(1, "secret", process, null);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            Connection.open(server.accept(), worker, log, queue::add, maxFrameBytes);
            AtomicReference<Throwable> escaped = new AtomicReference<>();
            Thread loop = new Thread(() -> {
                try {
                    supervisor.run(null, worker);
                } catch (Throwable t) {
                    escaped.set(t);
                }
            });
            loop.start();
            FrameEncoder<EventType> events = new FrameEncoder<>(new BufferedOutputStream(client.getOutputStream()),
                    Magic.EVENTS);
            events.send(EventType.HELLO, null, "1", "1");
            events.send(EventType.SYSTEM_PROPERTIES, null, "");
            script.send(events);
            try {
                events.flush();
                client.getOutputStream().write(after);
                client.getOutputStream().flush();
            } catch (java.io.IOException closed) {
                // the supervisor gave the connection up on what came before
            }

            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the supervisor kills the worker");
            client.close();
            queue.add(WorkerEvent.exited(worker, process.exitValue()));
            queue.add(WorkerEvent.outputClosed(worker, true));
            queue.add(WorkerEvent.outputClosed(worker, false));
            loop.join(20_000);
            assertTrue(!loop.isAlive() && escaped.get() == null, "the loop ended by itself: " + escaped.get());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aClassDoneWhileIdleEndsThatWorkerAndTheRunGoesOn() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(Parallelism.METHODS, Arrays.asList("A"), events -> {
            events.send(report("A", null).toFrame(EventType.TESTSET_STARTING));
            events.send(report("A", "t1").toFrame(EventType.TEST_STARTING));
            // the end of a test never started is taken as it is
            events.send(report("A", "t2").toFrame(EventType.TEST_SUCCEEDED));
            events.send(report("A", "t1").toFrame(EventType.TEST_SUCCEEDED));
            events.send(report("A", null).toFrame(EventType.TESTSET_COMPLETED));
            events.send(EventType.CLASS_DONE, null, "A");
            // it runs nothing now: this is a protocol error
            events.send(EventType.CLASS_DONE, null, "A");
        }));
        assertTrue(seen.containsAll(Arrays.asList("testSetStarting A", "testSucceeded A.t2", "testSucceeded A.t1",
                "testSetCompleted A")), seen.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("error [retire] worker 1 sent what it may not:"
                + " class-done while it ran nothing")), logged.toString());
    }

    @Test
    void aTestOfAClassItWasNotGivenEndsThatWorkerAndWhatItRanIsAnErrorThatSaysWhy() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(Parallelism.CLASSES, Arrays.asList("A", "B"),
                events -> {
                    events.send(report("A", null).toFrame(EventType.TESTSET_STARTING));
                    events.send(report("B", null).toFrame(EventType.TESTSET_STARTING));
                    events.send(report("A", "a1").toFrame(EventType.TEST_STARTING));
                    events.send(report("B", "b1").toFrame(EventType.TEST_STARTING));
                    events.send(report("B", "b1").toFrame(EventType.TEST_SUCCEEDED));
                    events.send(report("B", null).toFrame(EventType.TESTSET_COMPLETED));
                    // Z was never given to it: a protocol error, while a1 runs
                    events.send(report("Z", "z1").toFrame(EventType.TEST_STARTING));
                }));
        assertTrue(seen.containsAll(Arrays.asList("testSucceeded B.b1", "testSetCompleted B", "testError A.a1",
                "testSetCompleted A")), seen.toString());
        assertTrue(seen.stream().noneMatch(e -> e.contains("Z")), seen.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("error [retire] worker 1 was ended by retire, having"
                + " sent what it may not (an event of Z.z1, which it was not running)")), logged.toString());
    }

    @Test
    void aFrameThatDoesNotParseEndsThatWorkerAndItsRunningTestIsOneErrorThatSaysWhy() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(Parallelism.OFF, Arrays.asList("A"), events -> {
            events.send(report("A", null).toFrame(EventType.TESTSET_STARTING));
            events.send(report("A", "a1").toFrame(EventType.TEST_STARTING));
        }, ":retire-evil:garbage\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Long.MAX_VALUE));
        assertTrue(seen.stream().filter(e -> e.equals("testError A.a1")).count() == 1, seen.toString());
        assertTrue(seen.contains("testSetCompleted A"), seen.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("error [retire] worker 1 sent what it may not:"
                + " malformed frame")), logged.toString());
    }

    @Test
    void aFrameLargerThanTheSupervisorTakesEndsThatWorkerBeforeItIsRead() throws Exception {
        char[] big = new char[2 << 20];
        java.util.Arrays.fill(big, 'x');
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(Parallelism.OFF, Arrays.asList("A"), events -> {
            events.send(report("A", null).toFrame(EventType.TESTSET_STARTING));
            events.send(report("A", "a1").toFrame(EventType.TEST_STARTING));
            try {
                events.send(EventType.STDOUT, 1, new String(big), null);
                events.flush();
            } catch (java.io.IOException closedBeforeItAllWent) {
                // the supervisor refused the frame on its declared length, and closed the connection
            }
        }, new byte[0], 1 << 20));
        assertTrue(seen.stream().filter(e -> e.equals("testError A.a1")).count() == 1, seen.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("error [retire] worker 1 sent what it may not:"
                + " a frame declared more than 1048576 bytes")), logged.toString());
    }

    /**
     * A worker that sends a test's events again after the test ended (its journal's bookkeeping broken,
     * say: docs/RELIABILITY.md) would have it reported twice: the second start ends that worker instead.
     */
    @Test
    void aTestStartedAgainAfterItEndedEndsThatWorkerAndTheTestKeepsItsOneReport() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(Parallelism.OFF, Arrays.asList("A"), events -> {
            events.send(report("A", null).toFrame(EventType.TESTSET_STARTING));
            events.send(report("A", "a1").toFrame(EventType.TEST_STARTING));
            events.send(report("A", "a1").toFrame(EventType.TEST_SUCCEEDED));
            events.send(report("A", "a1").toFrame(EventType.TEST_STARTING));
            events.send(report("A", "a1").toFrame(EventType.TEST_SUCCEEDED));
        }));
        assertTrue(seen.stream().filter(e -> e.equals("testSucceeded A.a1")).count() == 1, seen.toString());
        assertTrue(seen.stream().noneMatch(e -> e.equals("testError A.a1")), seen.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("error [retire] worker 1 sent what it may not:"
                + " a second start of ")), logged.toString());
    }
}
