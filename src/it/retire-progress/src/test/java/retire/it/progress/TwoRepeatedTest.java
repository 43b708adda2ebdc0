package retire.it.progress;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Two repeated tests, one failing its first repetition, the other its last; a plain test beside them. */
class TwoRepeatedTest {
    @RepeatedTest(4)
    void first(RepetitionInfo info) {
        if (info.getCurrentRepetition() == 1) {
            throw new AssertionError("first[1] fails on purpose");
        }
    }

    @Test
    void plain() {
    }

    @RepeatedTest(4)
    void last(RepetitionInfo info) {
        if (info.getCurrentRepetition() == 4) {
            throw new AssertionError("last[4] fails on purpose");
        }
    }
}
