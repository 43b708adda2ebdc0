package io.github.retire.provider.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void workersAcceptsWholeNumbersAndMultiplesOfCores() {
        assertEquals(1, SettingValues.parseWorkers(null, 8));
        assertEquals(3, SettingValues.parseWorkers("3", 8));
        assertEquals(8, SettingValues.parseWorkers("1C", 8));
        assertEquals(4, SettingValues.parseWorkers("0.5C", 8));
        assertEquals(1, SettingValues.parseWorkers("0.1C", 2));
    }

    @Test
    void badWorkerCountsNameTheSettingAndTheAcceptedForms() {
        for (String bad : new String[] {"abc", "0", "-1", "C", "1.5", "0C"}) {
            SettingException e = assertThrows(SettingException.class, () -> SettingValues.parseWorkers(bad, 4), bad);
            assertTrue(e.getMessage().contains("retire.workers"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("1C"), e.getMessage());
        }
    }

    @Test
    void systemPropertiesWinOverSurefireProperties() {
        Properties system = new Properties();
        system.setProperty("retire.workers", "2");
        Map<String, String> provider = new HashMap<>();
        provider.put("retire.workers", "5");
        assertEquals(2, Settings.read(system, provider, 4, w -> { }).workers());
        assertEquals(5, Settings.read(new Properties(), provider, 4, w -> { }).workers());
    }

    @Test
    void unknownKeysAreWarnedAboutWithTheKnownOnes() {
        Properties system = new Properties();
        system.setProperty("retire.wrokers", "2");
        system.setProperty("unrelated", "x");
        List<String> warnings = new ArrayList<>();
        Settings.read(system, Collections.singletonMap("retire.other", "1"), 4, warnings::add);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("retire.other") && warnings.get(0).contains("retire.workers"));
        assertTrue(warnings.get(1).contains("retire.wrokers"));
    }

    @Test
    void switchedOffWhileDeclaredSaysItStillRunsAndHowToRunStock() {
        Properties off = new Properties();
        off.setProperty("retire.enabled", "false");
        List<String> warnings = new ArrayList<>();
        Settings.read(off, Collections.emptyMap(), 4, warnings::add);
        assertEquals(List.of(Settings.SWITCHED_OFF), warnings);
        assertTrue(warnings.get(0).contains("retire-maven-plugin"), warnings.get(0));
        List<String> none = new ArrayList<>();
        Settings.read(new Properties(), Collections.singletonMap("retire.enabled", "true"), 4, none::add);
        assertEquals(List.of(), none);
        Properties bad = new Properties();
        bad.setProperty("retire.enabled", "no");
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.read(bad, Collections.emptyMap(), 4, w -> { }));
        assertTrue(e.getMessage().contains("retire.enabled") && e.getMessage().contains("true or false"), e.getMessage());
    }

    @Test
    void classDataSharingIsOnByDefaultAndTakesOnlyTrueOrFalse() {
        assertTrue(Settings.read(new Properties(), Collections.emptyMap(), 4, w -> { }).classDataSharing());
        Properties off = new Properties();
        off.setProperty("retire.cds", "false");
        assertEquals(false, Settings.read(off, Collections.emptyMap(), 4, w -> { }).classDataSharing());
        Properties bad = new Properties();
        bad.setProperty("retire.cds", "maybe");
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.read(bad, Collections.emptyMap(), 4, w -> { }));
        assertTrue(e.getMessage().contains("retire.cds") && e.getMessage().contains("'maybe'")
                && e.getMessage().contains("true or false"), e.getMessage());
    }

    @Test
    void theRunRecordIsOnByDefaultOffWhenAskedOrForAProbeAndTakesOnlyTrueOrFalse() {
        assertTrue(Settings.read(new Properties(), Collections.emptyMap(), 4, w -> { }).record());
        Properties off = new Properties();
        off.setProperty("retire.record", "false");
        assertEquals(false, Settings.read(off, Collections.emptyMap(), 4, w -> { }).record());
        Properties probe = new Properties();
        probe.setProperty(Sequence.KEY, "order.txt");
        assertEquals(false, Settings.read(probe, Collections.emptyMap(), 4, w -> { }).forProbe().record());
        Properties bad = new Properties();
        bad.setProperty("retire.record", "target/x.jsonl");
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.read(bad, Collections.emptyMap(), 4, w -> { }));
        assertTrue(e.getMessage().contains("retire.record") && e.getMessage().contains("true or false"), e.getMessage());
    }
}
