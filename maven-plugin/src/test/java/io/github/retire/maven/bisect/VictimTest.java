package io.github.retire.maven.bisect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.maven.model.Plugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VictimTest {
    @TempDir
    Path dir;

    @Test
    void parsesClassAndMethodAndRefusesOtherForms() {
        Victim v = Victim.parse(" a.b.CTest#m ");
        assertEquals("a.b.CTest", v.className);
        assertEquals("m", v.method);
        for (String bad : new String[] {"CTest", "#m", "CTest#", "A#b#c", "A#b c", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Victim.parse(bad));
            assertTrue(e.getMessage().contains("retire.victim") && e.getMessage().contains("Class#method"), e.getMessage());
        }
    }

    @Test
    void matchesItsInvocationsAndASimpleClassName() {
        Victim v = Victim.parse("CTest#m");
        assertTrue(v.is("a.CTest", "m"));
        assertTrue(v.is("a.CTest", "m(int)[1]"));
        assertTrue(v.is("a.CTest", "m[2]"));
        assertFalse(v.is("a.CTest", "mm"));
        assertFalse(v.is("a.BCTest", "m"));
        assertFalse(Victim.parse("b.CTest#m").is("a.CTest", "m"));
    }

    @Test
    void outcomeFromTheReports() throws Exception {
        Victim v = Victim.parse("a.CTest#m");
        File reports = dir.toFile();
        assertEquals(Victim.Outcome.NOT_RUN, v.outcomeIn(reports));
        write("TEST-a.CTest.xml", "<testcase name=\"m\" classname=\"a.CTest\"/><testcase name=\"n\" classname=\"a.CTest\">"
                + "<failure message=\"x\"/></testcase>");
        assertEquals(Victim.Outcome.PASSED, v.outcomeIn(reports));
        write("TEST-a.CTest.xml", "<testcase name=\"m(int)[1]\" classname=\"a.CTest\"/>"
                + "<testcase name=\"m(int)[2]\" classname=\"a.CTest\"><error message=\"x\"/></testcase>");
        assertEquals(Victim.Outcome.FAILED, v.outcomeIn(reports));
        write("TEST-a.CTest.xml", "<testcase name=\"m\" classname=\"a.CTest\"><skipped/></testcase>");
        assertEquals(Victim.Outcome.NOT_RUN, v.outcomeIn(reports));        // the probe's JVM died before it: retire's not-run error is no outcome of the victim's
        write("TEST-a.CTest.xml", "<testcase name=\"m\" classname=\"a.CTest\"><error message=\"not run: x\""
                + " type=\"io.github.retire.NotRun\"/></testcase>");
        assertEquals(Victim.Outcome.NOT_RUN, v.outcomeIn(reports));
    }

    private void write(String name, String cases) throws IOException {
        Files.write(dir.resolve(name), ("<?xml version=\"1.0\"?><testsuite name=\"a.CTest\">" + cases + "</testsuite>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reproductionPutsTheClassesInOrderOrSaysNothing() {
        Target surefire = target("maven-surefire-plugin");
        assertEquals("mvn test -Dtest='a.ATest#p,a.ZTest#v' -Dsurefire.runOrder=alphabetical",
                Reproduction.testFilter(surefire, Arrays.asList("a.ATest#p", "a.ZTest#v"), false, false));
        assertEquals("mvn -o test -Dtest='a.ZTest#p,a.ATest#v' -Dsurefire.runOrder=reversealphabetical -Dretire.workers=1",
                Reproduction.testFilter(surefire, Arrays.asList("a.ZTest#p", "a.ATest#v"), true, true));
        assertEquals("mvn test -Dtest='a.ATest#p+v'",
                Reproduction.testFilter(surefire, Arrays.asList("a.ATest#p", "a.ATest#v"), false, false));
        assertNull(Reproduction.testFilter(surefire, Arrays.asList("a.BTest#p", "a.ATest#q", "a.CTest#v"), false, false));
        assertEquals("mvn verify -Dit.test='a.AIT#p,a.ZIT#v' -Dfailsafe.runOrder=alphabetical",
                Reproduction.testFilter(target("maven-failsafe-plugin"), Arrays.asList("a.AIT#p", "a.ZIT#v"), false, false));
    }

    private static Target target(String artifactId) {
        org.apache.maven.model.Build build = new org.apache.maven.model.Build();
        Plugin plugin = new Plugin();
        plugin.setArtifactId(artifactId);
        org.apache.maven.model.PluginExecution execution = new org.apache.maven.model.PluginExecution();
        execution.setId("run");
        execution.addGoal(artifactId.contains("failsafe") ? "integration-test" : "test");
        plugin.addExecution(execution);
        build.addPlugin(plugin);
        build.setDirectory("/p/target");
        org.apache.maven.model.Model model = new org.apache.maven.model.Model();
        model.setBuild(build);
        model.setArtifactId("p");
        org.apache.maven.project.MavenProject project = new org.apache.maven.project.MavenProject(model);
        project.setFile(new File("/p/pom.xml"));
        return Target.find(project, artifactId.contains("failsafe") ? "failsafe" : "surefire", null);
    }
}
