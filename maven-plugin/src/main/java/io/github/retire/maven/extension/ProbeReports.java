package io.github.retire.maven.extension;

import java.io.File;
import java.util.List;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Where a probe of retire:bisect writes its reports ({@code -Dretire.probe.reports=<dir>}): there, and not
 * in the execution's own reports directory, which holds the real run's reports. Surefire and Failsafe
 * take their reports directory (and Failsafe its summary file) from the POM only, no user property, so
 * the probe's Maven sets them here, in every execution and the plugin's own configuration. The
 * directory's parent also gets the probe's run record and class-data archives (both go beside the
 * reports), so the probes of one bisection share their archives and leave the user's alone.
 */
final class ProbeReports {
    static final String PROPERTY = "retire.probe.reports";

    private ProbeReports() {
    }

    /** @return how many surefire and failsafe plugins now report there */
    static int apply(String directory, List<Plugin> plugins) {
        int changed = 0;
        for (Plugin plugin : plugins) {
            if (!Adoption.isSurefire(plugin.getArtifactId())) {
                continue;
            }
            boolean failsafe = plugin.getArtifactId().equals("maven-failsafe-plugin");
            plugin.setConfiguration(redirect(plugin.getConfiguration(), directory, failsafe));
            for (PluginExecution execution : plugin.getExecutions()) {
                execution.setConfiguration(redirect(execution.getConfiguration(), directory, failsafe));
            }
            changed++;
        }
        return changed;
    }

    private static Xpp3Dom redirect(Object configuration, String directory, boolean failsafe) {
        Xpp3Dom dom = configuration instanceof Xpp3Dom ? (Xpp3Dom) configuration : new Xpp3Dom("configuration");
        set(dom, "reportsDirectory", directory);
        if (failsafe) {
            set(dom, "summaryFile", new File(directory, "failsafe-summary.xml").getPath());
        }
        return dom;
    }

    private static void set(Xpp3Dom dom, String name, String value) {
        Xpp3Dom child = dom.getChild(name);
        if (child == null) {
            child = new Xpp3Dom(name);
            dom.addChild(child);
        }
        child.setValue(value);
    }
}
