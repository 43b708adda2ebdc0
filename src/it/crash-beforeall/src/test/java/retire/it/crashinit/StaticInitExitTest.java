package retire.it.crashinit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retire.it.fixtures.Marks;

/**
 * The worker exits in the static initializer, as a native library load that kills the JVM would. The
 * (empty) static @BeforeAll makes JUnit initialize the class at class level, before any test starts.
 */
class StaticInitExitTest {
    static {
        Marks.pid("StaticInitExitTest.<clinit>");
        System.exit(6);
    }

    @BeforeAll
    static void initializesTheClass() {
    }

    @Test
    void neverRunsA() {
        throw new AssertionError("ran although the static initializer ended the JVM");
    }

    @Test
    void neverRunsB() {
        throw new AssertionError("ran although the static initializer ended the JVM");
    }
}
