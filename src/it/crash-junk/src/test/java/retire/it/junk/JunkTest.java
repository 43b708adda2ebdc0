package retire.it.junk;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * a_ writes junk below Java, as native code would, to both process streams: text that looks like the start
 * of a Surefire frame and of a retire frame, a sync marker with a wrong secret, all 256 byte values, random
 * binary and a 100 000-byte line. Everything passes; b_ and c_ check that the run goes on as usual.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class JunkTest {
    static byte[] junk(String stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("JUNK-" + stream + "-BEGIN\n").getBytes(StandardCharsets.UTF_8));
        // the shape of a Surefire frame (magic, length byte, opcode, ...) and of a retire event frame
        out.write((":maven-surefire-event:\007:bye-ack:\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write((":maven-surefire-event:\016:std-out-stream:\005:UTF-8:\000\000\000\004:JUNK:\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write((":retire-event:\n:test-error:\005:UTF-8:\000\000\000\002:xy:\001\000\000\000\007:\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write((":retire-event:\005:hello:\005:UTF-8:\377\377\377\377:\n").getBytes(StandardCharsets.ISO_8859_1));
        // a native-sync marker line with a secret that is not the worker's
        out.write("[retire-sync 0 1]\n".getBytes(StandardCharsets.UTF_8));
        // every byte value, then random binary (fixed seed)
        for (int b = 0; b < 256; b++) {
            out.write(b);
        }
        out.write('\n');
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        out.write(random);
        out.write('\n');
        // one very long line
        byte[] longLine = new byte[100_000];
        Arrays.fill(longLine, (byte) 'L');
        out.write(longLine);
        out.write('\n');
        out.write(("JUNK-" + stream + "-END\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void a_writesJunk() throws IOException {
        System.out.println("JAVA-OUT before junk");
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        out.write(junk("OUT"));
        out.flush();
        FileOutputStream err = new FileOutputStream(FileDescriptor.err);
        err.write(junk("ERR"));
        // and a last piece without a line break
        err.write("JUNK-ERR-TAIL without newline".getBytes(StandardCharsets.UTF_8));
        err.flush();
        System.out.println("JAVA-OUT after junk");
        System.err.println("JAVA-ERR after junk");
    }

    @Test
    void b_passesAfter() {
        System.out.println("JAVA-OUT b_passesAfter");
    }

    @Test
    void c_passesAfter() {
        System.err.println("JAVA-ERR c_passesAfter");
    }
}
