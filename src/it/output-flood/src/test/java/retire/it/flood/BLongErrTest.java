package retire.it.flood;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** 50 MB through System.err without a line break, in writes of 64 KB, then one line break. */
class BLongErrTest {
    static final int CHUNK = 64 * 1024;
    static final int CHUNKS = 800;

    @Test
    void longStderrLine() {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'e');
        for (int i = 0; i < CHUNKS; i++) {
            System.err.write(chunk, 0, chunk.length);
        }
        System.err.println("LONG-ERR-END");
    }

    @Test
    void afterIt() {
        System.out.println("the class goes on");
    }
}
