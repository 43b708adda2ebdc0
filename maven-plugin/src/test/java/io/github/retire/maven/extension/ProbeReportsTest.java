package io.github.retire.maven.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Arrays;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ProbeReportsTest {
    @Test
    void everySurefireAndFailsafeExecutionReportsThere() {
        Plugin surefire = plugin("maven-surefire-plugin");
        Xpp3Dom own = new Xpp3Dom("configuration");
        Xpp3Dom reports = new Xpp3Dom("reportsDirectory");
        reports.setValue("/p/target/second-reports");
        own.addChild(reports);
        surefire.getExecutions().get(0).setConfiguration(own);
        Plugin failsafe = plugin("maven-failsafe-plugin");
        Plugin other = plugin("maven-jar-plugin");

        assertEquals(2, ProbeReports.apply("/p/target/retire-bisect/probe-3-reports", Arrays.asList(surefire, failsafe, other)));

        for (Object dom : Arrays.asList(surefire.getConfiguration(), surefire.getExecutions().get(0).getConfiguration(),
                failsafe.getConfiguration(), failsafe.getExecutions().get(0).getConfiguration())) {
            assertEquals("/p/target/retire-bisect/probe-3-reports", ((Xpp3Dom) dom).getChild("reportsDirectory").getValue());
        }
        assertEquals(new File("/p/target/retire-bisect/probe-3-reports", "failsafe-summary.xml").getPath(),
                ((Xpp3Dom) failsafe.getExecutions().get(0).getConfiguration()).getChild("summaryFile").getValue());
        assertEquals(null, ((Xpp3Dom) surefire.getConfiguration()).getChild("summaryFile"));
        assertEquals(null, other.getConfiguration());
    }

    private static Plugin plugin(String artifactId) {
        Plugin p = new Plugin();
        p.setArtifactId(artifactId);
        PluginExecution e = new PluginExecution();
        e.setId("run");
        p.addExecution(e);
        return p;
    }
}
