package io.github.retire.booter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;

import io.github.retire.wire.CommandType;
import io.github.retire.wire.EventType;
import io.github.retire.wire.FrameEncoder;
import io.github.retire.wire.Journal;
import io.github.retire.wire.Magic;
import io.github.retire.wire.Preamble;
import io.github.retire.wire.PropertiesText;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * Entry point of the class-data training JVM. The supervisor runs it once per worker classpath with
 * {@code -XX:ArchiveClassesAtExit}, so the classes a worker loads to start and run its first tests
 * are archived, and later workers map them instead of loading, verifying and linking them again.
 * It rehearses what a worker does: its connection (over a loopback socket to itself: a command
 * decoded, events encoded, a native-sync look), then, as a spare's warm-up does, a launcher, a class
 * run and a run by unique id with {@link WarmUpFixture}, a failure with {@link FailingFixture}, and
 * parameterized invocations by index with {@link ParameterizedFixture}; those events go nowhere. It
 * takes no arguments and talks to no one else: nothing about it says "worker" to the processes it
 * could start.
 */
public final class Training {
    /** A training JVM that has not finished by then is stuck; the supervisor does not wait for it. */
    private static final long LIMIT_MILLIS = 120_000;

    private Training() {
    }

    public static void main(String[] args) {
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(LIMIT_MILLIS);
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "retire-training-limit");
        limit.setDaemon(true);
        limit.start();
        try {
            ChannelRehearsal.run();
        } catch (IOException | RuntimeException | LinkageError e) {
            // Surefire's jars stayed behind the directories (see LauncherRehearsal), or no loopback socket.
            System.err.println("[retire] training skipped the connection: " + e);
        }
        try {
            LauncherRehearsal.run();
        } catch (Throwable t) {
            // Only jars ahead of every directory are on the training classpath (see the provider's
            // ClassDataSharing), and a jar sharing a name with test-classes stays behind: whatever of
            // the rehearsal that leaves out fails here. What did load is still worth archiving.
            System.err.println("[retire] training stopped early: " + t);
        }
        System.exit(0);
    }

    /**
     * Apart from {@link Training}, so that a classpath without the JUnit Platform still loads Training,
     * which then archives what it can.
     */
    private static final class LauncherRehearsal {
        private LauncherRehearsal() {
        }

        static void run() {
            TestExecutionListener listener;
            try {
                listener = new ReportingListener(Events.discarding(), null, null, null, null);
            } catch (LinkageError e) {
                // Surefire's jars stayed behind the directories; the JUnit part is still worth rehearsing.
                listener = new TestExecutionListener() { };
            }
            Launcher launcher = Rehearsals.launcher();
            if (launcher == null) {
                return;
            }
            Rehearsals.rehearse(launcher, listener, Collections.emptyMap());
            Rehearsals.rehearseRarerPaths(launcher, listener);
        }
    }

    /** A worker's connection, with this JVM as both ends. */
    private static final class ChannelRehearsal {
        /** Nobody checks it: this JVM's own end reads no preamble. */
        private static final String TRAINING_SECRET = "00000000000000000000000000000000";

        private ChannelRehearsal() {
        }

        static void run() throws IOException {
            Path journal = Files.createTempFile("retire-training-journal", null);
            try {
                Journal.create(journal);
                run(journal);
            } finally {
                try {
                    Files.deleteIfExists(journal);
                } catch (IOException stillMapped) {
                    journal.toFile().deleteOnExit(); // Windows deletes no mapped file
                }
            }
        }

        private static void run(Path journal) throws IOException {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                // The supervisor's side of the handshake, on a thread of its own: connect waits for it.
                CompletableFuture<Socket> accepted = new CompletableFuture<>();
                Thread door = new Thread(() -> {
                    try {
                        Socket s = server.accept();
                        s.getInputStream().readNBytes(Preamble.BYTES);
                        s.getOutputStream().write(Preamble.ADMITTED);
                        accepted.complete(s);
                    } catch (IOException | RuntimeException e) {
                        accepted.completeExceptionally(e);
                    }
                }, "retire-training-door");
                door.setDaemon(true);
                door.start();
                WorkerChannel channel = WorkerChannel.connect(server.getLocalPort(),
                        Preamble.encode(0, TRAINING_SECRET), "training", journal, false, 10_000);
                try (Socket supervisor = accepted.join(); Socket worker = channel.socket) {
                    FrameEncoder<CommandType> commands = new FrameEncoder<>(supervisor.getOutputStream(), Magic.COMMANDS);
                    commands.send(CommandType.SHUTDOWN, null);
                    commands.flush();
                    channel.commands.next();
                    Events events = channel.events;
                    events.send(EventType.HELLO, null, "training", String.valueOf(ProcessHandle.current().pid()));
                    events.send(EventType.SYSTEM_PROPERTIES, null, PropertiesText.of(System.getProperties()));
                    // Its markers go to this JVM's stdout and stderr, which the supervisor discards.
                    new NativeSync(events, "training", channel.foreignWrites()).mark();
                    events.flush();
                }
            }
            archived(WorkerMain.class, WorkerConfig.class, Retirement.class, OutputCapture.class, TestRunner.class,
                    SurefireFilters.class);
        }

        /** Nothing to do: naming a class loads it, and loaded, not run, is enough to archive it. */
        private static void archived(Class<?>... loaded) {
        }
    }
}
