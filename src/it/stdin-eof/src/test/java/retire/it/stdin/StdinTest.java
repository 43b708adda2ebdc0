package retire.it.stdin;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Each test reads System.in on a daemon thread and prints what it got ("STDIN <what> <result>"), so a read
 * that blocks fails the test after 20 s instead of hanging the build.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class StdinTest {
    private static String within20s(Callable<Object> read) throws InterruptedException {
        AtomicReference<String> result = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                result.set(String.valueOf(read.call()));
            } catch (Exception e) {
                result.set(e.toString());
            }
        }, "stdin-reader");
        reader.setDaemon(true);
        reader.start();
        reader.join(20_000);
        assertFalse(reader.isAlive(), "reading System.in blocked for 20 s");
        return result.get();
    }

    @Test
    void a_read() throws InterruptedException {
        System.out.println("STDIN read " + within20s(() -> System.in.read()));
    }

    @Test
    void b_readLine() throws InterruptedException {
        System.out.println("STDIN readLine " + within20s(
                () -> new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()));
    }

    @Test
    void c_readArray() throws InterruptedException {
        System.out.println("STDIN readArray " + within20s(() -> System.in.read(new byte[100])));
    }

    @Test
    void d_available() throws InterruptedException {
        System.out.println("STDIN available " + within20s(() -> System.in.available()));
    }

    @Test
    void e_after() {
        System.out.println("STDIN after: the worker still runs tests");
    }
}
