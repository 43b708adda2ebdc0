package io.github.retire.provider.worker;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.retire.wire.Preamble;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * The workers' loopback port. Any local user can connect to it (every worker's command line shows it),
 * so nothing a caller sends is decoded before it proved to be a worker of this run: a connection gets
 * {@value #DEADLINE_MILLIS} ms in all to send the fixed-size {@link Preamble}, read into a buffer of
 * its own size on a thread of its own, and at most {@value #MAX_WAITING} connections wait for theirs at
 * once (more are closed at once). Only then is the socket admitted (a {@link Connection}).
 *
 * <p>The acceptor thread does nothing that can block but {@code accept}, and survives anything thrown
 * while it handles one connection. Should it end all the same while the door is open, it says so
 * ({@code broken}), so that the run fails instead of waiting for workers that cannot connect.
 *
 * @param <T> what a preamble's worker id and secret stand for
 */
final class Door<T> implements AutoCloseable {
    static final int MAX_WAITING = 16;
    static final long DEADLINE_MILLIS = 10_000;
    /** After a failed accept (no file descriptor left, say): the same call at once would fail the same way. */
    private static final long ACCEPT_PAUSE_MILLIS = 50;

    /** Who a worker id and secret belong to, or null. Compares the secret in constant time. */
    interface Keys<T> {
        T check(int workerId, byte[] secret) throws InterruptedException;
    }

    /** Takes over a socket whose preamble checked out and was answered; its next bytes are the worker's first frame. */
    interface Admission<T> {
        void admit(Socket socket, T who) throws IOException;
    }

    private final ServerSocket server;
    private final Keys<T> keys;
    private final Admission<T> admission;
    private final ConsoleLogger log;
    private final Consumer<String> broken;
    private final long deadlineMillis;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Sockets still in their handshake, for {@link #close()}. */
    private final Set<Socket> callers = ConcurrentHashMap.newKeySet();
    /** The kinds of refusal logged so far: each is logged once. */
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    Door(Keys<T> keys, Admission<T> admission, ConsoleLogger log, Consumer<String> broken) throws IOException {
        this(keys, admission, log, broken, DEADLINE_MILLIS, MAX_WAITING);
    }

    /**
     * @param broken told once, why, if the acceptor ends while the door is open
     */
    Door(Keys<T> keys, Admission<T> admission, ConsoleLogger log, Consumer<String> broken, long deadlineMillis,
         int maxWaiting) throws IOException {
        this.keys = keys;
        this.admission = admission;
        this.log = log;
        this.broken = broken;
        this.deadlineMillis = deadlineMillis;
        this.maxWaiting = maxWaiting;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "retire-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        String why = "it ended";
        try {
            while (!closed) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (Throwable t) {
                    if (closed || server.isClosed()) {
                        why = "its server socket closed";
                        break;
                    }
                    tellOnce("accept " + t.getClass().getName(), "accepting a connection to the worker port failed: " + t);
                    pause();
                    continue;
                }
                try {
                    greet(socket);
                } catch (Throwable t) {
                    close(socket);
                    tellOnce("greet " + t.getClass().getName(), "could not take a connection to the worker port: " + t);
                }
            }
        } catch (Throwable t) {
            why = String.valueOf(t);
            throw t;
        } finally {
            if (!closed) {
                broken.accept("the worker port stopped taking connections (" + why + ")");
            }
        }
    }

    private void greet(Socket socket) {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            tellOnce("too many", "closed a connection to the worker port at once: " + maxWaiting
                    + " others had not said who they are yet");
            close(socket);
            return;
        }
        callers.add(socket);
        try {
            Thread handshake = new Thread(() -> handshake(socket), "retire-handshake");
            handshake.setDaemon(true);
            handshake.start();
        } catch (Throwable t) {
            callers.remove(socket);
            waiting.decrementAndGet();
            throw t;
        }
    }

    private void handshake(Socket socket) {
        boolean admitted = false;
        try {
            byte[] preamble = readPreamble(socket);
            if (preamble == null) {
                return;
            }
            T who = keys.check(Preamble.workerId(preamble), Preamble.secret(preamble));
            if (who == null) {
                tellOnce("keys", "closed a connection to the worker port that named no worker of this run"
                        + " with its secret");
                return;
            }
            socket.setSoTimeout(0);
            callers.remove(socket);
            if (!closed) {
                socket.getOutputStream().write(Preamble.ADMITTED);
                admission.admit(socket, who);
                admitted = true;
            }
        } catch (Throwable t) {
            tellOnce("handshake " + t.getClass().getName(), "failed on a connection to the worker port: " + t);
        } finally {
            callers.remove(socket);
            waiting.decrementAndGet();
            if (!admitted) {
                close(socket);
            }
        }
    }

    /** The preamble, or null when the caller closed, ran out of time or sent what no preamble starts with. */
    private byte[] readPreamble(Socket socket) throws IOException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        byte[] preamble = new byte[Preamble.BYTES];
        InputStream in = socket.getInputStream();
        for (int n = 0; n < preamble.length; ) {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            int read;
            try {
                if (left <= 0) {
                    throw new SocketTimeoutException();
                }
                // the deadline is for the whole preamble, not for each read: a byte now and then gets no more
                socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
                read = in.read(preamble, n, preamble.length - n);
            } catch (SocketTimeoutException e) {
                tellOnce("deadline", "closed a connection to the worker port that had not said who it is within "
                        + deadlineMillis + " ms");
                return null;
            }
            if (read < 0) {
                tellOnce("eof", "a connection to the worker port closed before it said who it is");
                return null;
            }
            n += read;
            if (!Preamble.couldStart(preamble, n)) {
                tellOnce("magic", "closed a connection to the worker port that did not start with retire's preamble");
                return null;
            }
        }
        return preamble;
    }

    /** Each kind once per run: a stranger repeating itself must not flood the build log. */
    private void tellOnce(String kind, String text) {
        if (told.add(kind)) {
            log.warning("[retire] " + text + " (more of the same are not logged)");
        }
    }

    private void pause() {
        try {
            Thread.sleep(ACCEPT_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing left to do
        }
    }

    /** Stops taking connections, and ends those still in their handshake. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        callers.forEach(Door::close);
    }
}
