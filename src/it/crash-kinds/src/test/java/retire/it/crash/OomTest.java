package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import java.util.ArrayList;
import java.util.List;
import retire.it.fixtures.Marks;

/** Heap exhausted under -XX:+ExitOnOutOfMemoryError -Xmx64m: the JVM exits with status 3. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class OomTest {
    @Test
    void a_passesBefore() {
        Marks.pid("OomTest.a_passesBefore");
    }

    @Test
    void b_crash() throws Exception {
        Marks.pid("OomTest.b_crash");
        List<byte[]> hog = new ArrayList<>();
        while (true) {
            hog.add(new byte[1 << 20]);
        }
    }

    @Test
    void c_passesAfter() {
        Marks.pid("OomTest.c_passesAfter");
    }

    @Test
    void d_passesAfter() {
        Marks.pid("OomTest.d_passesAfter");
    }
}
