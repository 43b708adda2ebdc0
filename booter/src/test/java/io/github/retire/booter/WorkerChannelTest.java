package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.retire.wire.Preamble;
import org.junit.jupiter.api.Test;

/** The worker's side of the handshake: it waits to be admitted, and tries again when it is not. */
class WorkerChannelTest {
    private static final byte[] PREAMBLE = Preamble.encode(2, "0123456789abcdef0123456789abcdef");

    @Test
    void aConnectionClosedBeforeItWasAdmittedIsTriedAgain() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            AtomicReference<byte[]> second = new AtomicReference<>();
            Thread supervisor = new Thread(() -> {
                try {
                    // as the door does when every waiting place is taken: closed without a word
                    server.accept().close();
                    Socket s = server.accept();
                    second.set(s.getInputStream().readNBytes(Preamble.BYTES));
                    s.getOutputStream().write(Preamble.ADMITTED);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            supervisor.start();
            WorkerChannel channel = WorkerChannel.connect(server.getLocalPort(), PREAMBLE, "worker 2", null, false,
                    10_000);
            supervisor.join(5_000);
            assertArrayEquals(PREAMBLE, second.get());
            channel.socket.close();
        }
    }

    @Test
    void aPortNobodyListensOnFailsAtOnce() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        long start = System.nanoTime();
        assertThrows(ConnectException.class, () -> WorkerChannel.connect(port, PREAMBLE, "worker 2", null, false,
                10_000));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 2_000,
                "a supervisor that is gone is not waited for");
    }

    @Test
    void notAdmittedWithinItsPatienceItGivesUpSayingWhy() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread refuser = new Thread(() -> {
                try {
                    while (true) {
                        server.accept().close();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            refuser.setDaemon(true);
            refuser.start();
            IOException e = assertThrows(IOException.class, () -> WorkerChannel.connect(server.getLocalPort(),
                    PREAMBLE, "worker 2", null, false, 500));
            assertTrue(e.getMessage().contains("did not admit worker 2 within 500 ms"), e.getMessage());
        }
    }

    @Test
    void aSupervisorThatAcceptsAndNeverAnswersIsNotWaitedForPastThePatience() throws Exception {
        // the kernel accepts for a listener that does not (a stopped supervisor): the worker's preamble
        // goes out and no answer comes
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> WorkerChannel.connect(silent.getLocalPort(),
                    PREAMBLE, "worker 2", null, false, 500));
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("did not admit worker 2 within 500 ms"), e.getMessage());
            // an attempt takes a second at least, never the whole admission wait of 15 s
            assertTrue(took < 5_000, "gave up after " + took + " ms");
        }
    }
}
