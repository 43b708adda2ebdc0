package io.github.retire.provider.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.function.Consumer;

import io.github.retire.wire.SyncMarker;

/**
 * Reads one of a worker's native output pipes (what native code, or a write to {@code FileDescriptor.out},
 * puts there) and posts it line by line. A line longer than {@link #CHUNK_CHARS} goes in pieces of at
 * most that many characters, never whole: one line can be any size, and the supervisor's heap is not.
 * Its posts block while the supervisor is behind ({@link Backlog}), and then the pipe fills and the
 * worker's writes wait: a flood slows down, it does not pile up here.
 */
final class OutputPump implements Runnable {
    /** The longest piece of a native line the supervisor handles at once (documented in README). */
    static final int CHUNK_CHARS = 8192;

    private final Worker worker;
    private final Reader in;
    private final boolean stdout;
    private final SyncMarker marker;
    private final Consumer<WorkerEvent> queue;
    /** Room for a piece, plus a marker that its end might have cut in two. */
    private final char[] line;
    private final int keep;
    private final char[] buffer = new char[CHUNK_CHARS];

    OutputPump(Worker worker, InputStream in, boolean stdout, Consumer<WorkerEvent> queue) {
        this.worker = worker;
        this.in = new InputStreamReader(in, Charset.defaultCharset());
        this.stdout = stdout;
        this.marker = new SyncMarker(worker.secret);
        this.queue = queue;
        this.keep = marker.line(Integer.MAX_VALUE).length();
        this.line = new char[CHUNK_CHARS + keep];
    }

    static void start(Worker worker, InputStream in, boolean stdout, Consumer<WorkerEvent> queue) {
        Thread t = new Thread(new OutputPump(worker, in, stdout, queue),
                "retire-pump-" + worker.id + (stdout ? "-out" : "-err"));
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try (Reader r = in) {
            int length = 0;
            boolean cr = false;
            for (int n = r.read(buffer); n >= 0; n = r.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n' || c == '\r') {
                        if (!(c == '\n' && cr)) {
                            line(new String(line, 0, length));
                        }
                        length = 0;
                        cr = c == '\r';
                        continue;
                    }
                    cr = false;
                    if (length == line.length) {
                        length = piece(length);
                    }
                    line[length++] = c;
                }
            }
            if (length > 0) {
                line(new String(line, 0, length));
            }
        } catch (IOException ignored) {
            // the pipe broke: the worker is gone
        } finally {
            queue.accept(WorkerEvent.outputClosed(worker, stdout));
        }
    }

    /**
     * Posts the first part of a line too long to hold, and keeps its last characters: a sync marker
     * that starts there is read whole with what follows. A surrogate pair is never cut.
     */
    private int piece(int length) {
        int cut = length - keep;
        if (Character.isHighSurrogate(line[cut - 1])) {
            cut--;
        }
        queue.accept(WorkerEvent.nativeOutput(worker, stdout, new String(line, 0, cut), false));
        System.arraycopy(line, cut, line, 0, length - cut);
        return length - cut;
    }

    /** A whole line (or the last piece of one), which may end in a sync marker. */
    private void line(String text) {
        int at = marker.find(text);
        int number = at < 0 ? -1 : marker.numberAt(text, at);
        if (number < 0) {
            queue.accept(WorkerEvent.nativeOutput(worker, stdout, text, true));
            return;
        }
        if (at > 0) {
            // output without a final line break, then the marker
            queue.accept(WorkerEvent.nativeOutput(worker, stdout, text.substring(0, at), true));
        }
        queue.accept(WorkerEvent.pipeSync(worker, stdout, number));
    }
}
