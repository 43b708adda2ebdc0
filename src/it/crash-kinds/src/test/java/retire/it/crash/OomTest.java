package retire.it.crash;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import java.util.ArrayList;
import java.util.List;

/** Heap exhausted under -XX:+ExitOnOutOfMemoryError -Xmx64m: the JVM exits with status 3. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class OomTest {
    @Test
    void a_passesBefore() {
        System.out.println("OomTest.a_passesBefore pid " + ProcessHandle.current().pid());
    }

    @Test
    void b_crash() throws Exception {
        System.out.println("OomTest.b_crash pid " + ProcessHandle.current().pid());
        List<byte[]> hog = new ArrayList<>();
        while (true) {
            hog.add(new byte[1 << 20]);
        }
    }

    @Test
    void c_passesAfter() {
        System.out.println("OomTest.c_passesAfter pid " + ProcessHandle.current().pid());
    }

    @Test
    void d_passesAfter() {
        System.out.println("OomTest.d_passesAfter pid " + ProcessHandle.current().pid());
    }
}
