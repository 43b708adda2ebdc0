package io.github.retire.maven.bisect;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Surefire or Failsafe execution to bisect ({@code -Dretire.plugin}, {@code -Dretire.execution}): a
 * probe runs exactly that execution, so everything of its configuration is the real run's.
 */
final class Target {
    static final String PLUGIN_PROPERTY = "retire.plugin";
    static final String EXECUTION_PROPERTY = "retire.execution";

    /** surefire or failsafe */
    final String plugin;
    final Plugin model;
    final String goal;
    final String executionId;
    /** Where the real run wrote its reports; its record is beside them (target/retire/runs). */
    final File reports;
    /** Every execution of the goal, for the log. */
    final List<String> executions;

    private Target(String plugin, Plugin model, String goal, String executionId, File reports, List<String> executions) {
        this.plugin = plugin;
        this.model = model;
        this.goal = goal;
        this.executionId = executionId;
        this.reports = reports;
        this.executions = executions;
    }

    /** The goal a probe's Maven runs: this execution of this plugin, with the POM's version of it. */
    String invocation() {
        return model.getGroupId() + ":" + model.getArtifactId() + ":" + goal + "@" + executionId;
    }

    boolean failsafe() {
        return plugin.equals("failsafe");
    }

    static Target find(MavenProject project, String pluginName, String executionId) {
        String plugin = pluginName == null || pluginName.trim().isEmpty() ? "surefire" : pluginName.trim();
        if (!plugin.equals("surefire") && !plugin.equals("failsafe")) {
            throw new IllegalArgumentException("[retire] invalid value '" + pluginName + "' for " + PLUGIN_PROPERTY
                    + "; accepted: surefire (default), failsafe");
        }
        String artifactId = "maven-" + plugin + "-plugin";
        String goal = plugin.equals("surefire") ? "test" : "integration-test";
        Plugin model = null;
        for (Plugin p : project.getBuild().getPlugins()) {
            if (artifactId.equals(p.getArtifactId()) && "org.apache.maven.plugins".equals(p.getGroupId())) {
                model = p;
            }
        }
        List<String> ids = new ArrayList<>();
        PluginExecution chosen = null;
        for (PluginExecution e : model == null ? new ArrayList<PluginExecution>() : model.getExecutions()) {
            if (e.getGoals().contains(goal)) {
                ids.add(e.getId());
                if (e.getId().equals(executionId == null ? null : executionId.trim())) {
                    chosen = e;
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("[retire] " + project.getArtifactId() + " has no execution of "
                    + artifactId + ":" + goal + " to bisect" + (plugin.equals("surefire")
                    ? "; for a Failsafe execution give -D" + PLUGIN_PROPERTY + "=failsafe" : ""));
        }
        if (chosen == null && executionId != null && !executionId.trim().isEmpty()) {
            throw new IllegalArgumentException("[retire] invalid value '" + executionId + "' for " + EXECUTION_PROPERTY
                    + "; accepted: an execution of " + artifactId + ":" + goal + " in " + project.getArtifactId()
                    + ": " + String.join(", ", ids));
        }
        // Surefire's own execution, which a plain "mvn test" names, unless another is asked for.
        if (chosen == null && ids.size() > 1 && ids.contains("default-" + goal)) {
            executionId = "default-" + goal;
            for (PluginExecution e : model.getExecutions()) {
                if (e.getId().equals(executionId)) {
                    chosen = e;
                }
            }
        }
        if (chosen == null && ids.size() > 1) {
            throw new IllegalArgumentException("[retire] " + project.getArtifactId() + " has " + ids.size()
                    + " executions of " + artifactId + ":" + goal + " (" + String.join(", ", ids)
                    + "): say which with -D" + EXECUTION_PROPERTY + "=<id>");
        }
        if (chosen == null) {
            for (PluginExecution e : model.getExecutions()) {
                if (e.getId().equals(ids.get(0))) {
                    chosen = e;
                }
            }
        }
        return new Target(plugin, model, goal, chosen.getId(), reportsOf(project, chosen, plugin), ids);
    }

    /** The execution's reportsDirectory, with the expressions a POM usually puts there resolved. */
    private static File reportsOf(MavenProject project, PluginExecution execution, String plugin) {
        String value = null;
        if (execution.getConfiguration() instanceof Xpp3Dom) {
            Xpp3Dom child = ((Xpp3Dom) execution.getConfiguration()).getChild("reportsDirectory");
            value = child == null ? null : child.getValue();
        }
        if (value == null || value.trim().isEmpty()) {
            return new File(project.getBuild().getDirectory(), plugin + "-reports");
        }
        String v = value.trim()
                .replace("${project.build.directory}", project.getBuild().getDirectory())
                .replace("${project.basedir}", project.getBasedir().getPath())
                .replace("${basedir}", project.getBasedir().getPath());
        for (String name : project.getProperties().stringPropertyNames()) {
            v = v.replace("${" + name + "}", project.getProperties().getProperty(name));
        }
        File file = new File(v);
        return file.isAbsolute() ? file : new File(project.getBasedir(), v);
    }
}
