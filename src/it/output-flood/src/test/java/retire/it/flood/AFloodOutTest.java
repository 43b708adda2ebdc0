package retire.it.flood;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** 200,000 lines of 200 characters (40 MB) through System.out. */
class AFloodOutTest {
    static final int LINES = 200_000;

    @Test
    void floodsStdout() {
        char[] line = new char[200];
        Arrays.fill(line, 'o');
        String text = new String(line);
        for (int i = 0; i < LINES; i++) {
            System.out.println(text);
        }
        System.out.println("FLOOD-OUT-END");
    }

    @Test
    void quiet() {
        System.out.println("quiet after the flood");
    }
}
