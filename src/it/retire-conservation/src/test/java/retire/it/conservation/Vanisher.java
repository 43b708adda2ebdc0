package retire.it.conservation;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Plays an engine that accepts a continuation and runs nothing of it: a discovery by unique id of
 * VanishingTest's tests keeps none of them. (The launcher makes one instance per service, so the two halves
 * share a static flag; discoveries in a worker run one at a time.)
 */
public class Vanisher implements LauncherDiscoveryListener, PostDiscoveryFilter {
    private static volatile boolean vanish;

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        vanish = request.getSelectorsByType(UniqueIdSelector.class).stream()
                .anyMatch(s -> s.getUniqueId().toString().contains("VanishingTest"));
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        return FilterResult.includedIf(!(vanish && descriptor.getUniqueId().toString().contains("VanishingTest")));
    }
}
