package retire.it.crashloop;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Registered through META-INF/services, so every JUnit Platform launcher on this test classpath loads it:
 * it halts the JVM as soon as a test plan starts, before any test of any class. JUnit runs only in retire's
 * workers (never in Surefire's fork), so this makes every worker die with work assigned.
 */
public class HaltingListener implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        String line = "CRASH-LOOP-MARKER halting worker pid " + ProcessHandle.current().pid() + "\n";
        try {
            FileOutputStream err = new FileOutputStream(FileDescriptor.err);
            err.write(line.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // the halt below is what matters
        }
        Runtime.getRuntime().halt(7);
    }
}
