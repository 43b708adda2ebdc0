package retire.it.flood;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Bytes written below System.out, to file descriptor 1 itself (as native code writes): 8 MB without a
 * line break, then 20,000 lines of 100 characters. Not closed: that would close the worker's stdout.
 */
class CNativeTest {
    static final int LONG_BYTES = 8 * 1024 * 1024;
    static final int LINES = 20_000;

    @Test
    @SuppressWarnings("resource")
    void nativeFlood() throws IOException {
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'n');
        for (int i = 0; i < LONG_BYTES / chunk.length; i++) {
            out.write(chunk);
        }
        out.write("NATIVE-LONG-END\n".getBytes(StandardCharsets.US_ASCII));
        byte[] line = new byte[101];
        Arrays.fill(line, (byte) 'm');
        line[100] = '\n';
        for (int i = 0; i < LINES; i++) {
            out.write(line);
        }
        out.flush();
    }
}
