package io.github.retire.provider.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.retire.wire.Magic;
import io.github.retire.wire.Preamble;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker port against strangers: nothing is decoded before a preamble checked out. */
class DoorTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final long DEADLINE = 600;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final ConsoleLogger log = (ConsoleLogger) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConsoleLogger.class}, (proxy, method, args) -> {
                if (method.getName().equals("warning") || method.getName().equals("error")) {
                    warnings.add(String.valueOf(args[0]));
                }
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });
    /** What the admitted callers sent after their preamble: one line each. */
    private final BlockingQueue<String> admitted = new LinkedBlockingQueue<>();
    private final List<String> broken = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> clients = new ArrayList<>();
    private Door<String> door;

    private Door<String> open(Door.Keys<String> keys, int maxWaiting) throws IOException {
        door = new Door<>(keys, (socket, who) -> {
            Thread t = new Thread(() -> {
                try (Socket s = socket) {
                    byte[] b = new byte[5];
                    int n = 0;
                    for (int r; n < b.length && (r = s.getInputStream().read(b, n, b.length - n)) > 0; ) {
                        n += r;
                    }
                    admitted.add(who + ":" + new String(b, 0, n, StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    admitted.add(who + ":" + e);
                }
            });
            t.start();
        }, log, broken::add, DEADLINE, maxWaiting);
        return door;
    }

    private static String ours(int id, byte[] secret) {
        return id == 3 && MessageDigest.isEqual(SECRET.getBytes(StandardCharsets.US_ASCII), secret) ? "w3" : null;
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), door.port());
        clients.add(s);
        return s;
    }

    /** Waits for the door to close this socket: true when it did within the time. */
    private static boolean closedWithin(Socket s, long millis) throws IOException {
        s.setSoTimeout((int) millis);
        try {
            while (true) {
                if (s.getInputStream().read() < 0) {
                    return true;
                }
            }
        } catch (SocketException reset) {
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    private Socket worker(String after) throws IOException {
        Socket s = connect();
        OutputStream out = s.getOutputStream();
        out.write(Preamble.encode(3, SECRET));
        out.write(after.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @AfterEach
    void close() throws IOException {
        if (door != null) {
            door.close();
        }
        for (Socket s : clients) {
            s.close();
        }
        assertTrue(broken.isEmpty(), "the acceptor never ended: " + broken);
    }

    @Test
    void aWorkerWithItsSecretIsAdmittedAndItsFirstFrameFollows() throws Exception {
        open(DoorTest::ours, 4);
        Socket s = worker("hello");
        s.setSoTimeout(5000);
        assertEquals(Preamble.ADMITTED, s.getInputStream().read(), "the door answers before any frame");
        assertEquals("w3:hello", admitted.poll(5, TimeUnit.SECONDS));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aWrongSecretOrIdIsClosed() throws Exception {
        open(DoorTest::ours, 4);
        Socket wrongSecret = connect();
        wrongSecret.getOutputStream().write(Preamble.encode(3, SECRET.replace('0', '1')));
        Socket wrongId = connect();
        wrongId.getOutputStream().write(Preamble.encode(4, SECRET));
        assertTrue(closedWithin(wrongSecret, 5000));
        assertTrue(closedWithin(wrongId, 5000));
        assertEquals(null, admitted.poll(200, TimeUnit.MILLISECONDS));
        assertEquals(1, warnings.size(), "once per kind: " + warnings);
        assertTrue(warnings.get(0).contains("named no worker of this run"), warnings.toString());
    }

    @Test
    void garbageAndAHugeFrameAreClosedAfterThePreamblesSize() throws Exception {
        open(DoorTest::ours, 4);
        Socket garbage = connect();
        // shorter than a preamble: known for a stranger by its first byte, not at the deadline
        garbage.getOutputStream().write("GET /\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(closedWithin(garbage, (int) DEADLINE / 2));
        // What drove the supervisor out of memory before: a HELLO frame declaring a 2 GB string, then
        // streaming it. Now the door reads the preamble's 44 bytes of it, no more.
        Socket huge = connect();
        Thread flood = new Thread(() -> {
            try {
                OutputStream out = huge.getOutputStream();
                out.write((":" + Magic.EVENTS + ":\u0005:hello:\u0005:UTF-8:").getBytes(StandardCharsets.ISO_8859_1));
                out.write(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, ':'});
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 512; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // closed by the door
            }
        });
        flood.start();
        flood.join(10_000);
        assertFalse(flood.isAlive(), "the door closed the connection long before 512 MB went through");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("did not start with retire's preamble")), warnings.toString());
        worker("after");
        assertEquals("w3:after", admitted.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void aCallerThatSaysNothingOrDripsIsClosedAtTheDeadline() throws Exception {
        open(DoorTest::ours, 4);
        Socket silent = connect();
        Socket drip = connect();
        long start = System.nanoTime();
        Thread dripping = new Thread(() -> {
            try {
                byte[] preamble = Preamble.encode(3, SECRET);
                // one byte each 100 ms: 4.4 s for the whole preamble, were the deadline per read
                for (byte b : preamble) {
                    drip.getOutputStream().write(b);
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException expected) {
                // closed by the door
            }
        });
        dripping.start();
        assertTrue(closedWithin(silent, 5000));
        assertTrue(closedWithin(drip, 5000));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= DEADLINE - 50 && took < 3000, "closed at the deadline, after " + took + " ms");
        dripping.join(10_000);
        assertEquals(null, admitted.poll(100, TimeUnit.MILLISECONDS));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("had not said who it is within")), warnings.toString());
    }

    @Test
    void beyondTheWaitingCapACallerIsClosedAtOnceAndWorkersGetInAfter() throws Exception {
        open(DoorTest::ours, 2);
        connect();
        connect();
        Thread.sleep(100); // both taken by the acceptor
        Socket third = connect();
        long start = System.nanoTime();
        assertTrue(closedWithin(third, 5000));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < DEADLINE,
                "closed at once, not at the deadline");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("others had not said who they are")), warnings.toString());
        Thread.sleep(DEADLINE + 200); // the two silent ones are gone
        worker("again");
        assertEquals("w3:again", admitted.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void anErrorWhileCheckingACallerCostsThatCallerOnly() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        open((id, secret) -> {
            if (calls.incrementAndGet() <= 2) {
                throw calls.get() == 1 ? new OutOfMemoryError("test") : new StackOverflowError();
            }
            return ours(id, secret);
        }, 4);
        // which of the three is checked last is up to the threads: that one gets in
        worker("one..");
        worker("two..");
        worker("three");
        String in = admitted.poll(5, TimeUnit.SECONDS);
        assertTrue(in != null && in.startsWith("w3:"), in + " " + warnings + " " + calls);
        assertEquals(null, admitted.poll(200, TimeUnit.MILLISECONDS));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("OutOfMemoryError")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("StackOverflowError")), warnings.toString());
    }

    @Test
    void anErrorWhileAdmittingCostsThatCallerOnly() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        door = new Door<>(DoorTest::ours, (socket, who) -> {
            if (calls.incrementAndGet() == 1) {
                throw new OutOfMemoryError("unable to create native thread");
            }
            admitted.add(who);
        }, log, broken::add, DEADLINE, 4);
        Socket first = connect();
        first.getOutputStream().write(Preamble.encode(3, SECRET));
        assertTrue(closedWithin(first, 5000), "the caller that could not be admitted is closed");
        worker("x");
        assertEquals("w3", admitted.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void anAcceptorThatEndsWhileTheDoorIsOpenSaysSoOnce() throws Exception {
        open(DoorTest::ours, 4);
        java.lang.reflect.Field server = Door.class.getDeclaredField("server");
        server.setAccessible(true);
        ((java.net.ServerSocket) server.get(door)).close();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (broken.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(Collections.singletonList("the worker port stopped taking connections (its server socket closed)"),
                broken);
        broken.clear();
    }

    @Test
    void closingEndsTheHandshakesStillWaiting() throws Exception {
        open(DoorTest::ours, 4);
        Socket silent = connect();
        Thread.sleep(100);
        door.close();
        assertTrue(closedWithin(silent, DEADLINE / 2));
        door = null;
    }
}
