package io.github.retire.maven.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;

/**
 * What the extension does to one module: every maven-surefire-plugin and maven-failsafe-plugin gets
 * retire-provider as a plugin dependency, unless it has it already, unless {@code retire.enabled} is
 * {@code false}, in which case a retire-provider the POM declares is taken away, so that the module
 * runs on stock Surefire either way. Nothing else of the module changes.
 */
final class Adoption {
    static final String ENABLED = "retire.enabled";
    static final String GROUP_ID = "io.github.retire";
    static final String PROVIDER = "retire-provider";
    private static final String PLUGINS = "org.apache.maven.plugins";
    /** The oldest Surefire retire's provider runs in (README: 3.5.x and 3.6.x are tested). */
    static final ComparableVersion OLDEST_SUREFIRE = new ComparableVersion("3.5.0");

    /** What to log about one module, at which level. */
    static final class Outcome {
        final List<String> info = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
    }

    private final String providerVersion;

    Adoption(String providerVersion) {
        this.providerVersion = providerVersion;
    }

    /**
     * Whether retire runs in a module: {@code -Dretire.enabled} (a user property) over the module's
     * property over a system property; on when none is set.
     *
     * @throws IllegalArgumentException for a value other than true or false, naming the setting
     */
    static boolean enabled(String module, Function<String, String> userProperty, Function<String, String> moduleProperty,
                           Function<String, String> systemProperty) {
        String value = userProperty.apply(ENABLED);
        String where = "-D" + ENABLED;
        if (value == null) {
            value = moduleProperty.apply(ENABLED);
            where = "the property " + ENABLED + " of " + module;
        }
        if (value == null) {
            value = systemProperty.apply(ENABLED);
            where = "the system property " + ENABLED;
        }
        if (value == null || value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("[retire] " + where + " is '" + value + "'; accepted values: true, false");
    }

    /** Applies retire, or its absence, to the module's build plugins (which Maven will run). */
    Outcome apply(String module, boolean enabled, List<Plugin> plugins) {
        Outcome outcome = new Outcome();
        List<String> adopted = new ArrayList<>();
        for (Plugin plugin : plugins) {
            if (!PLUGINS.equals(plugin.getGroupId()) || !isSurefire(plugin.getArtifactId())) {
                continue;
            }
            String name = plugin.getArtifactId() + (plugin.getVersion() == null ? "" : " " + plugin.getVersion());
            Dependency declared = provider(plugin);
            if (!enabled) {
                if (declared != null) {
                    // A new list rather than removeDependency: Maven 4's Maven 3 model is a view of an immutable
                    // one, where removing from the list it hands out changed nothing (seen on 4.0.0-rc-5).
                    List<Dependency> kept = new ArrayList<>();
                    for (Dependency d : plugin.getDependencies()) {
                        if (!isProvider(d)) {
                            kept.add(d);
                        }
                    }
                    plugin.setDependencies(kept);
                    outcome.info.add("[retire] " + ENABLED + "=false: " + module + " runs " + name
                            + " without the retire-provider its POM declares (stock Surefire)");
                }
                continue;
            }
            if (declared != null) {
                adopted.add(name + " (retire-provider " + declared.getVersion() + ", declared in the POM)");
                continue;
            }
            if (tooOld(plugin.getVersion())) {
                outcome.warnings.add("[retire] " + module + ": " + name + " is older than " + OLDEST_SUREFIRE
                        + ", the oldest Surefire retire runs in, so it runs stock; set its <version> to 3.5.4 or later"
                        + " to run it on retire");
                continue;
            }
            Dependency dependency = new Dependency();
            dependency.setGroupId(GROUP_ID);
            dependency.setArtifactId(PROVIDER);
            dependency.setVersion(providerVersion);
            plugin.addDependency(dependency);
            adopted.add(name);
        }
        if (!adopted.isEmpty()) {
            outcome.info.add("[retire] retire " + providerVersion + " is active in " + module + ": "
                    + String.join(", ", adopted));
        }
        return outcome;
    }

    static boolean isSurefire(String artifactId) {
        return "maven-surefire-plugin".equals(artifactId) || "maven-failsafe-plugin".equals(artifactId);
    }

    /** A version Maven has not settled yet (none given, an expression) is taken as new enough. */
    private static boolean tooOld(String version) {
        return version != null && !version.contains("${")
                && new ComparableVersion(version).compareTo(OLDEST_SUREFIRE) < 0;
    }

    private static Dependency provider(Plugin plugin) {
        for (Dependency d : plugin.getDependencies()) {
            if (isProvider(d)) {
                return d;
            }
        }
        return null;
    }

    private static boolean isProvider(Dependency d) {
        return GROUP_ID.equals(d.getGroupId()) && PROVIDER.equals(d.getArtifactId());
    }
}
