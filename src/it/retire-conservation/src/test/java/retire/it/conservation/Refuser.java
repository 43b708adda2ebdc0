package retire.it.conservation;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Plays an engine that refuses a continuation, as TestNG's does: a discovery by unique id of
 * RefusedOnceTest's or RefusedAlwaysTest's tests aborts. RefusedAlwaysTest is then refused by class too,
 * in that JVM. Stock selects classes only, so it never meets a refusal.
 */
public class Refuser implements LauncherDiscoveryListener {
    private static final AtomicBoolean REFUSE_ALWAYS = new AtomicBoolean();

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            String uid = selector.getUniqueId().toString();
            if (uid.contains("RefusedAlwaysTest")) {
                REFUSE_ALWAYS.set(true);
            }
            if (uid.contains("RefusedOnceTest") || uid.contains("RefusedAlwaysTest")) {
                throw new IllegalStateException("Refuser refuses " + uid);
            }
        }
        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            if (REFUSE_ALWAYS.get() && selector.getClassName().endsWith("RefusedAlwaysTest")) {
                throw new IllegalStateException("Refuser refuses " + selector.getClassName() + " too");
            }
        }
    }
}
