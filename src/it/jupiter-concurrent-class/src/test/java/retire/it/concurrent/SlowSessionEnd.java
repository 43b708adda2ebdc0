package retire.it.concurrent;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A session that takes a while to close, as one that stops a server does. A retiring worker closes its
 * session before it exits; tests running beside the failed one go on meanwhile, and their ends reach the
 * supervisor after the retirement.
 */
public class SlowSessionEnd implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
