package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class BasicTest {

    @Test
    void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    void failsWithAssertion() {
        assertEquals(3, 1 + 1, "arithmetic is broken");
    }

    @Test
    void errorsWithException() {
        throw new IllegalStateException("boom from errorsWithException");
    }

    @Test
    @Disabled("disabled on purpose")
    void disabledMethod() {
        throw new AssertionError("must not run");
    }

    @Test
    void assumptionFails() {
        assumeTrue(false, "assumption not met");
    }

    @Test
    void printsToStdoutAndStderr() {
        System.out.println("OUT-MARKER from BasicTest.printsToStdoutAndStderr");
        System.err.println("ERR-MARKER from BasicTest.printsToStdoutAndStderr");
    }

    @Test
    void printsToFileDescriptorOut() throws IOException {
        // Bypasses System.out entirely: goes straight to the JVM's stdout file descriptor.
        FileOutputStream raw = new FileOutputStream(FileDescriptor.out);
        raw.write("FD-OUT-MARKER from BasicTest.printsToFileDescriptorOut\n".getBytes(StandardCharsets.UTF_8));
        raw.flush();
    }
}
