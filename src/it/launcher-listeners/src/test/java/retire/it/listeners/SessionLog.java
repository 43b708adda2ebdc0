package retire.it.listeners;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** What a suite's global set-up hooks into: once per session. */
public class SessionLog implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Log.line("sessions", "opened");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Log.line("sessions", "closed");
    }
}
