package drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every outcome once: pass, failure, error, skipped (disabled and assumption), with output. */
class MixedTest {
    @Test void passes() throws Exception {
        System.out.println("MixedTest passes");
        Thread.sleep(300);
    }

    @Test void fails() throws Exception {
        System.err.println("MixedTest fails, on stderr");
        Thread.sleep(300);
        assertEquals(1, 2, "drill: expected failure");
    }

    @Test void errs() throws Exception {
        Thread.sleep(300);
        throw new IllegalStateException("drill: expected error");
    }

    @Disabled("drill: disabled")
    @Test void disabled() {
    }

    @Test void assumes() {
        assumeTrue(false, "drill: assumption");
    }

    @Test void passesToo() throws Exception {
        Thread.sleep(300);
    }
}
