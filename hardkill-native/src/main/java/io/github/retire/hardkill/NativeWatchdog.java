package io.github.retire.hardkill;

import java.io.IOException;
import java.nio.file.Path;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;

/**
 * The native watchdog: one C thread that writes a message to fd 2 and {@code _exit}s the process
 * when its deadline passes, and another that does so when the process's parent dies, whatever state
 * the JVM is in. Calls go through jffi's integer invokers. Load the library once per process with
 * {@link #load}, then start either thread, each once.
 */
public final class NativeWatchdog {
    /** Held for the life of the process: if jffi unloaded the library, the next call would crash. */
    private final Library library;
    private final Invoker invoker = Invoker.getInstance();
    private final CallContext oneLong;
    private final CallContext noArgs;
    private final long arm;
    private final long disarm;

    private NativeWatchdog(Library library) throws IOException {
        this.library = library;
        this.oneLong = CallContext.getCallContext(Type.SINT64, new Type[] {Type.SINT64}, CallingConvention.DEFAULT,
                false);
        this.noArgs = CallContext.getCallContext(Type.SINT64, new Type[0], CallingConvention.DEFAULT, false);
        this.arm = symbol("rh_arm");
        this.disarm = symbol("rh_disarm");
    }

    /**
     * Loads the library (see {@link NativeLibrary}); no thread is started yet.
     *
     * @throws IOException when the library cannot be had here; the message says why
     */
    public static NativeWatchdog load() throws IOException {
        return load(null);
    }

    /**
     * {@link #load()}, extracting the library under {@code scratch} rather than {@code java.io.tmpdir}:
     * give a directory that is cleaned up even if this process is killed while it loads (which skips the
     * deletion of the extracted copy).
     *
     * @param scratch a private directory of the caller's, or null for the usual temporary places
     */
    public static NativeWatchdog load(Path scratch) throws IOException {
        return new NativeWatchdog(NativeLibrary.load(scratch));
    }

    /** {@link #load} and {@link #startDeadline}. */
    public static NativeWatchdog start(String message, int exitCode) throws IOException {
        NativeWatchdog watchdog = load();
        watchdog.startDeadline(message, exitCode);
        return watchdog;
    }

    /**
     * Starts the deadline thread, disarmed. A second call does nothing.
     *
     * @param message  written to stderr when the watchdog fires; the supervisor recognises it
     * @param exitCode the status the process ends with
     */
    public void startDeadline(String message, int exitCode) throws IOException {
        long start = symbol("rh_start");
        long rc = withBytes(message, (buffer, length) -> invoker.invokeL3(context(3), start, buffer, length, exitCode));
        if (rc != 0) {
            throw new IOException("the hardkill watchdog thread did not start (error " + rc + ")");
        }
    }

    /** {@link #watchParent(long, long, String, int)} of the parent the process has now. */
    public void watchParent(long periodNanos, String message, int exitCode) throws IOException {
        watchParent(periodNanos, 0, message, exitCode);
    }

    /**
     * Starts the thread that ends the process, with {@code message} on stderr and {@code exitCode}, once
     * its parent is no longer {@code parentPid} (the process was re-parented): at its first check if it
     * already is not. It checks every {@code periodNanos} on its own clock, so it acts even when no Java
     * thread can run. A second call does nothing.
     *
     * @param parentPid the parent to watch, as the caller saw it earlier; 0 for the parent it has now
     */
    public void watchParent(long periodNanos, long parentPid, String message, int exitCode) throws IOException {
        long watch = symbol("rh_watch_parent");
        long rc = withBytes(message, (buffer, length) -> invoker.invokeL5(context(5), watch, periodNanos, parentPid,
                buffer, length, exitCode));
        if (rc != 0) {
            throw new IOException("the hardkill parent watch did not start (error " + rc + ")");
        }
    }

    /** The parent pid the watch compares with, 0 if {@link #watchParent} has not run. */
    public long watchedParent() throws IOException {
        return invoker.invokeL0(noArgs, symbol("rh_watched_parent"));
    }

    private interface NativeCall {
        long call(long buffer, long length);
    }

    /** Calls with the message's UTF-8 bytes in native memory, which the C side copies. */
    private static long withBytes(String message, NativeCall call) {
        byte[] bytes = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MemoryIO memory = MemoryIO.getInstance();
        long buffer = memory.allocateMemory(Math.max(1, bytes.length), true);
        try {
            memory.putByteArray(buffer, bytes, 0, bytes.length);
            return call.call(buffer, bytes.length);
        } finally {
            memory.freeMemory(buffer);
        }
    }

    private static CallContext context(int longs) {
        Type[] parameters = new Type[longs];
        java.util.Arrays.fill(parameters, Type.SINT64);
        return CallContext.getCallContext(Type.SINT64, parameters, CallingConvention.DEFAULT, false);
    }

    /** Arms or re-arms: the process ends {@code timeoutNanos} from now unless disarmed or re-armed. */
    public void arm(long timeoutNanos) {
        invoker.invokeL1(oneLong, arm, timeoutNanos);
    }

    public void disarm() {
        invoker.invokeL0(noArgs, disarm);
    }

    private long symbol(String name) throws IOException {
        long address = library.getSymbolAddress(name);
        if (address == 0) {
            throw new IOException("symbol " + name + " missing from the hardkill library: " + Library.getLastError());
        }
        return address;
    }
}
