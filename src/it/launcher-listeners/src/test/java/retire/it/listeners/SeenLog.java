package retire.it.listeners;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Every test and container this JVM's launcher ran, by unique id. */
public class SeenLog implements TestExecutionListener {
    @Override
    public void executionStarted(TestIdentifier identifier) {
        Log.line("seen", identifier.getUniqueId());
    }
}
