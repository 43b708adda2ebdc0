package retire.it.stranger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Plays a local stranger against the port its own worker JVM connected to: the command line of a retire
 * worker carries it ({@code --port P --worker N}). A stock fork has no such port: the test then has
 * nothing to attack and passes.
 */
class A_StrangerTest {
    /** More than loopback's socket buffers can hold (tcp_rmem's and tcp_wmem's maximum, 32 + 4 MB here). */
    private static final int HUGE_BYTES = 128 << 20;

    @Test
    void strangersCannotBreakTheSupervisor() throws Exception {
        List<String> args = commandLine();
        int at = args.indexOf("--port");
        if (at < 0) {
            System.out.println("STRANGER no worker port");
            return;
        }
        int port = Integer.parseInt(args.get(at + 1));
        int worker = Integer.parseInt(args.get(args.indexOf("--worker") + 1));

        // Garbage: the connection is closed.
        try (Socket s = connect(port)) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(closedWithin(s, 15_000), "a garbage connection is closed");
        }

        // A HELLO frame in retire's framing that declares a 2 GB string, then streams it. Before the preamble the
        // supervisor decoded it all (one such frame drove a 256 MB supervisor out of memory).
        long sent = 0;
        boolean closed = false;
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            out.write((":retire-event:\u0005:hello:\u0005:UTF-8:").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, ':'});
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            while (sent < HUGE_BYTES) {
                out.write(chunk);
                sent += chunk.length;
            }
        } catch (IOException closedByTheSupervisor) {
            closed = true;
        }
        System.out.println("STRANGER huge hello: " + sent + " bytes went through");
        assertTrue(closed, "the supervisor took all " + sent + " bytes of a stranger's frame");

        // This very worker's id with a wrong secret: closed.
        try (Socket s = connect(port)) {
            byte[] fake = ByteBuffer.allocate(44).put("retire/1".getBytes(StandardCharsets.US_ASCII)).putInt(worker)
                    .put("ffffffffffffffffffffffffffffffff".getBytes(StandardCharsets.US_ASCII)).array();
            s.getOutputStream().write(fake);
            assertTrue(closedWithin(s, 15_000), "a wrong secret is closed");
        }

        // 40 connections that say nothing: more than the supervisor lets wait. Each is closed, at once or at
        // its deadline; the classes after this one still get their workers (a retirement needs a fresh one).
        List<Socket> silent = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                silent.add(connect(port));
            }
            long start = System.nanoTime();
            for (Socket s : silent) {
                assertTrue(closedWithin(s, 30_000), "a silent connection is closed");
            }
            System.out.println("STRANGER silent connections closed within "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } finally {
            for (Socket s : silent) {
                s.close();
            }
        }
    }

    private static Socket connect(int port) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    /** Reads until the end of the stream: true when the peer closed within the time. */
    private static boolean closedWithin(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // a refused connection gets nothing but its end
            }
            return true;
        } catch (SocketException reset) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static List<String> commandLine() throws IOException {
        Path cmdline = Paths.get("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return new ArrayList<>();
        }
        return Arrays.asList(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\u0000"));
    }
}
