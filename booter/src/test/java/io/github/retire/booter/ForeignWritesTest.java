package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForeignWritesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteRetireDidNotMakeIsSeenAndRetiresOwnWritesAreNot() throws IOException {
        Object lock = new Object();
        try (ForeignWrites.Counting own = ForeignWrites.count(new FileOutputStream(dir.resolve("own").toFile()));
             OutputStream markers = new FileOutputStream(dir.resolve("markers").toFile());
             OutputStream foreign = new FileOutputStream(dir.resolve("foreign").toFile())) {
            ForeignWrites writes = ForeignWrites.open(own, lock);
            assertTrue(writes.sinceLastLook(), "the first look says yes");

            if (Files.isReadable(Paths.get("/proc/self/io"))) {
                // Other threads of this JVM (Surefire's) may write now and then: a "yes" with only our own
                // writes is allowed once in a while, never every time.
                boolean quiet = false;
                for (int attempt = 0; attempt < 5 && !quiet; attempt++) {
                    writes.sinceLastLook();
                    own.write(new byte[] {1, 2, 3});
                    own.write(new byte[] {4});
                    markers.write(new byte[] {'m', '\n'}); // as NativeSync writes a marker line
                    writes.markerWritten();
                    quiet = !writes.sinceLastLook();
                }
                assertTrue(quiet, "only counted writes happened, yet every look said yes");
            }

            for (int i = 0; i < 3; i++) {
                foreign.write(new byte[] {(byte) i});
                assertTrue(writes.sinceLastLook(), "a write retire did not count must be seen");
            }
        }
    }

    @Test
    void aCountThatWentDownIsNeverTrustedAgain() throws IOException {
        Object lock = new Object();
        try (ForeignWrites.Counting own = ForeignWrites.count(new FileOutputStream(dir.resolve("own").toFile()))) {
            ForeignWrites writes = ForeignWrites.open(own, lock);
            writes.sinceLastLook();
            // bookkeeping that claims writes the kernel never saw: the foreign count goes down
            writes.markerWritten();
            writes.markerWritten();
            writes.markerWritten();
            assertTrue(writes.sinceLastLook());
            for (int i = 0; i < 5; i++) {
                own.write(new byte[] {1});
                assertTrue(writes.sinceLastLook(), "look " + i + " after the count went down");
            }
        }
    }

    @Test
    void aLookOnAThreadWhoseFlagIsSetKeepsTheCountWorking() throws IOException {
        assumeTrue(Files.isReadable(Paths.get("/proc/self/io")), "no /proc/self/io: the count never works");
        try (ForeignWrites.Counting own = ForeignWrites.count(new FileOutputStream(dir.resolve("own").toFile()))) {
            ForeignWrites writes = ForeignWrites.open(own, new Object());
            writes.sinceLastLook();
            Thread.currentThread().interrupt();
            try {
                writes.sinceLastLook();
            } finally {
                assertTrue(Thread.interrupted(), "the flag is the caller's");
            }
            // an interruptible channel would be closed now, and every later look would say yes
            boolean quiet = false;
            for (int attempt = 0; attempt < 5 && !quiet; attempt++) {
                writes.sinceLastLook();
                own.write(new byte[] {1});
                quiet = !writes.sinceLastLook();
            }
            assertTrue(quiet, "the count no longer works after a look with the flag set");
        }
    }
}
