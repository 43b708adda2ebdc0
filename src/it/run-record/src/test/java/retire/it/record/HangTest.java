package retire.it.record;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** a overruns retire.testTimeout (3 s): the Java stage ends its JVM, and b runs in another. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class HangTest {
    @Test
    void a() throws InterruptedException {
        Thread.sleep(60_000);
    }

    @Test
    void b() {
    }
}
