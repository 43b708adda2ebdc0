package io.github.retire.maven.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.junit.jupiter.api.Test;

class AdoptionTest {
    private final Adoption adoption = new Adoption("1.2.3");

    private static Plugin plugin(String artifactId, String version) {
        Plugin p = new Plugin();
        p.setGroupId("org.apache.maven.plugins");
        p.setArtifactId(artifactId);
        p.setVersion(version);
        return p;
    }

    private static List<String> deps(Plugin p) {
        return p.getDependencies().stream().map(d -> d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getVersion())
                .collect(Collectors.toList());
    }

    @Test
    void surefireAndFailsafeGetTheProviderAndNothingElseChanges() {
        Plugin surefire = plugin("maven-surefire-plugin", "3.5.4");
        Plugin failsafe = plugin("maven-failsafe-plugin", "3.6.0");
        Plugin compiler = plugin("maven-compiler-plugin", "3.13.0");
        Adoption.Outcome o = adoption.apply("mod", true, List.of(compiler, surefire, failsafe));
        assertEquals(List.of("io.github.retire:retire-provider:1.2.3"), deps(surefire));
        assertEquals(List.of("io.github.retire:retire-provider:1.2.3"), deps(failsafe));
        assertTrue(compiler.getDependencies().isEmpty());
        assertEquals(List.of("[retire] retire 1.2.3 is active in mod: maven-surefire-plugin 3.5.4, maven-failsafe-plugin 3.6.0"),
                o.info);
    }

    @Test
    void aDeclaredProviderIsKeptOnce() {
        Plugin surefire = plugin("maven-surefire-plugin", "3.5.4");
        Dependency own = new Dependency();
        own.setGroupId("io.github.retire");
        own.setArtifactId("retire-provider");
        own.setVersion("0.9");
        surefire.addDependency(own);
        Adoption.Outcome o = adoption.apply("mod", true, List.of(surefire));
        assertEquals(List.of("io.github.retire:retire-provider:0.9"), deps(surefire));
        assertTrue(o.info.get(0).contains("declared in the POM"), o.info.toString());
    }

    @Test
    void offTakesADeclaredProviderAwayAndAddsNone() {
        Plugin surefire = plugin("maven-surefire-plugin", "3.5.4");
        Dependency own = new Dependency();
        own.setGroupId("io.github.retire");
        own.setArtifactId("retire-provider");
        own.setVersion("0.9");
        surefire.addDependency(own);
        Dependency other = new Dependency();
        other.setGroupId("org.example");
        other.setArtifactId("listener");
        other.setVersion("1");
        surefire.addDependency(other);
        Plugin failsafe = plugin("maven-failsafe-plugin", "3.5.4");
        adoption.apply("mod", false, List.of(surefire, failsafe));
        assertEquals(List.of("org.example:listener:1"), deps(surefire));
        assertTrue(failsafe.getDependencies().isEmpty());
    }

    @Test
    void anOldSurefireStaysStockWithAWarning() {
        Plugin old = plugin("maven-surefire-plugin", "2.12.4");
        Adoption.Outcome o = adoption.apply("mod", true, List.of(old));
        assertTrue(old.getDependencies().isEmpty());
        assertTrue(o.warnings.get(0).contains("maven-surefire-plugin 2.12.4 is older than 3.5.0"), o.warnings.toString());
        Plugin unversioned = plugin("maven-surefire-plugin", null);
        adoption.apply("mod", true, List.of(unversioned));
        assertEquals(1, unversioned.getDependencies().size());
    }

    @Test
    void theCommandLineWinsOverTheModuleOverTheSystem() {
        Map<String, String> none = Map.of();
        Map<String, String> off = Map.of("retire.enabled", "false");
        Map<String, String> on = Map.of("retire.enabled", "true");
        assertTrue(Adoption.enabled("m", none::get, none::get, none::get));
        assertFalse(Adoption.enabled("m", none::get, off::get, on::get));
        assertTrue(Adoption.enabled("m", on::get, off::get, none::get));
        assertFalse(Adoption.enabled("m", off::get, on::get, none::get));
        assertFalse(Adoption.enabled("m", none::get, none::get, off::get));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Adoption.enabled("m", Map.of("retire.enabled", "no")::get, none::get, none::get));
        assertEquals("[retire] -Dretire.enabled is 'no'; accepted values: true, false", e.getMessage());
    }
}
