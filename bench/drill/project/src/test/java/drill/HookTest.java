package drill;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The drill's hand inside a worker. When the drill left {@code target/drill-hook}, the first test takes
 * it and writes what it says to the worker's event connection, beside retire's own writes: garbage, or
 * a frame cut short (then the JVM halts, or goes on). It finds the connection's file descriptor through
 * /proc (the socket whose peer port is the {@code --port} on the worker's command line), so it needs
 * {@code --add-opens java.base/java.io=ALL-UNNAMED}. What it did goes to {@code target/drill-hook.done}.
 */
class HookTest {
    private static final Path HOOK = Paths.get("target", "drill-hook");

    @Test void a_hook() throws Exception {
        Path taken = Paths.get("target", "drill-hook.taken");
        try {
            Files.move(HOOK, taken); // once only, whichever worker comes first
        } catch (java.io.IOException none) {
            Thread.sleep(300);
            return;
        }
        String[] words = Files.readString(taken).trim().split(" ");
        String mode = words[0];
        long delay = Long.parseLong(words[1]);
        long seed = Long.parseLong(words[2]);
        Thread.sleep(delay);
        Path done = Paths.get("target", "drill-hook.done");
        FileOutputStream socket;
        try {
            socket = eventSocket();
        } catch (Exception e) {
            Files.writeString(done, "failed " + e);
            return;
        }
        Random random = new Random(seed);
        if (mode.equals("garbage")) {
            byte[] junk = new byte[1 + random.nextInt(4096)];
            random.nextBytes(junk);
            Files.writeString(done, "done garbage " + junk.length + " bytes");
            socket.write(junk);
            Thread.sleep(1000);
        } else {
            byte[] frame = frameStart();
            int cut = 1 + random.nextInt(frame.length - 1);
            Files.writeString(done, "done " + mode + " after " + cut + " of " + frame.length + " bytes");
            socket.write(frame, 0, cut);
            if (mode.equals("truncate-halt")) {
                Runtime.getRuntime().halt(3);
            }
            Thread.sleep(1000);
        }
    }

    @Test void b_after() throws Exception {
        Thread.sleep(300);
    }

    /** The start of a test-succeeded frame as retire's encoder writes it (docs/PROTOCOL.md). */
    private static byte[] frameStart() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] magic = ":retire-event:".getBytes(StandardCharsets.US_ASCII);
        out.write(magic, 0, magic.length);
        byte[] op = "test-succeeded".getBytes(StandardCharsets.US_ASCII);
        out.write(op.length);
        out.write(':');
        out.write(op, 0, op.length);
        out.write(':');
        out.write(5);
        byte[] cs = ":UTF-8:".getBytes(StandardCharsets.US_ASCII);
        out.write(cs, 0, cs.length);
        byte[] s = "[engine:junit-jupiter]/[class:drill.HookTest]/[method:a_hook()]".getBytes(StandardCharsets.UTF_8);
        out.write(0);
        out.write(0);
        out.write(0);
        out.write(s.length);
        out.write(':');
        out.write(s, 0, s.length);
        out.write(':');
        return out.toByteArray();
    }

    private static FileOutputStream eventSocket() throws Exception {
        String[] args = new String(Files.readAllBytes(Paths.get("/proc/self/cmdline")), StandardCharsets.UTF_8)
                .split("\0");
        int port = -1;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        if (port < 0) {
            throw new IllegalStateException("no --port on the command line: not a retire worker");
        }
        Map<String, Integer> fdByInode = new HashMap<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Paths.get("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        fdByInode.put(link.substring(8, link.length() - 1), Integer.parseInt(fd.getFileName().toString()));
                    }
                } catch (java.io.IOException gone) {
                    // closed meanwhile
                }
            }
        }
        for (String table : new String[] {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Paths.get(table));
            } catch (java.io.IOException none) {
                continue;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String remote = f[2];
                int peer = Integer.parseInt(remote.substring(remote.indexOf(':') + 1), 16);
                Integer fd = fdByInode.get(f[9]);
                if (peer == port && fd != null) {
                    FileDescriptor descriptor = new FileDescriptor();
                    Field field = FileDescriptor.class.getDeclaredField("fd");
                    field.setAccessible(true);
                    field.setInt(descriptor, fd);
                    return new FileOutputStream(descriptor);
                }
            }
        }
        throw new IllegalStateException("no socket connected to port " + port);
    }
}
