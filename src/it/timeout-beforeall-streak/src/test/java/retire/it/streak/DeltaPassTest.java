package retire.it.streak;

import org.junit.jupiter.api.Test;

/** Comes after three timed-out workers in a row; must run and pass. */
class DeltaPassTest {
    @Test
    void one() {
        System.out.println("DeltaPassTest.one ran");
    }

    @Test
    void two() {
        System.out.println("DeltaPassTest.two ran");
    }
}
