package io.github.retire.hardkill;

import java.io.IOException;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;

/**
 * The native watchdog: one C thread that writes a message to fd 2 and {@code _exit}s the process
 * when its deadline passes, whatever state the JVM is in. Calls go through jffi's integer invokers.
 * Start it once per process with {@link #start}.
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
     * Loads the library (see {@link NativeLibrary}) and starts the watchdog thread, disarmed.
     *
     * @param message  written to stderr when the watchdog fires; the supervisor recognises it
     * @param exitCode the status the process ends with
     * @throws IOException when the library cannot be had here; the message says why
     */
    public static NativeWatchdog start(String message, int exitCode) throws IOException {
        NativeWatchdog watchdog = new NativeWatchdog(NativeLibrary.load());
        watchdog.begin(message, exitCode);
        return watchdog;
    }

    private void begin(String message, int exitCode) throws IOException {
        byte[] bytes = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MemoryIO memory = MemoryIO.getInstance();
        long buffer = memory.allocateMemory(Math.max(1, bytes.length), true);
        try {
            memory.putByteArray(buffer, bytes, 0, bytes.length);
            CallContext threeLongs = CallContext.getCallContext(Type.SINT64,
                    new Type[] {Type.SINT64, Type.SINT64, Type.SINT64}, CallingConvention.DEFAULT, false);
            long rc = invoker.invokeL3(threeLongs, symbol("rh_start"), buffer, bytes.length, exitCode);
            if (rc != 0) {
                throw new IOException("the hardkill watchdog thread did not start (error " + rc + ")");
            }
        } finally {
            memory.freeMemory(buffer);
        }
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
