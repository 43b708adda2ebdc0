package retire.it.record;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** b ends its JVM with status 3: a crash, and c runs in another. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class CrashTest {
    @Test
    void a() {
    }

    @Test
    void b() {
        System.exit(3);
    }

    @Test
    void c() {
    }
}
