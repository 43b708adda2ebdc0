package retire.it.junk;

import org.junit.jupiter.api.Test;

/** Runs after JunkTest in the same worker (one worker, alphabetical order). */
class OtherTest {
    @Test
    void one() {
        System.out.println("JAVA-OUT OtherTest.one");
    }

    @Test
    void two() {
    }
}
