package io.github.retire.provider.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ShardSpecTest {
    private static final Map<String, String> NO_ENV = Collections.emptyMap();

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void explicitShardsAreOneBased() {
        ShardSpec s = ShardSpec.parse("2/4", null, NO_ENV);
        assertEquals(2, s.index());
        assertEquals(4, s.total());
        assertEquals("retire.shard=2/4", s.source());
        assertEquals("1/1", ShardSpec.parse(" 1/1 ", "", NO_ENV).toString());
        assertNull(ShardSpec.parse(null, null, NO_ENV));
        assertNull(ShardSpec.parse("", null, NO_ENV));
    }

    @Test
    void badValuesNameTheSettingAndTheAcceptedForms() {
        for (String bad : new String[] {"5/4", "0/3", "a/b", "3", "/3", "2/", "-1/3", "1/0", "2/4/8", "1.5/3", "any"}) {
            SettingException e = assertThrows(SettingException.class, () -> ShardSpec.parse(bad, null, NO_ENV), bad);
            assertTrue(e.getMessage().contains("'" + bad + "' for retire.shard; accepted: K/N"), e.getMessage());
            assertTrue(e.getMessage().contains("auto"), e.getMessage());
        }
        SettingException total = assertThrows(SettingException.class, () -> ShardSpec.parse("1/2", "4", NO_ENV));
        assertTrue(total.getMessage().contains("retire.shardTotal"), total.getMessage());
    }

    @Test
    void autoReadsEachCiInItsOwnCounting() {
        assertEquals("2/3", ShardSpec.parse("auto", null, env("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "3")).toString());
        assertEquals("1/3", ShardSpec.parse("auto", null, env("BUILDKITE_PARALLEL_JOB", "0",
                "BUILDKITE_PARALLEL_JOB_COUNT", "3")).toString());
        assertEquals("3/3", ShardSpec.parse("AUTO", null, env("CIRCLE_NODE_INDEX", "2", "CIRCLE_NODE_TOTAL", "3"))
                .toString());
        ShardSpec bazel = ShardSpec.parse("auto", null, env("TEST_SHARD_INDEX", "0", "TEST_TOTAL_SHARDS", "2",
                "TEST_SHARD_STATUS_FILE", "/tmp/x"));
        assertEquals("1/2", bazel.toString());
        assertEquals("/tmp/x", bazel.statusFile());
        assertTrue(bazel.source().contains("Bazel"), bazel.source());
        assertEquals("4/5", ShardSpec.parse("auto", "5", env("JOB_COMPLETION_INDEX", "3")).toString());
        assertTrue(ShardSpec.parse("auto", null, env("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "3")).source()
                .contains("GitLab CI_NODE_INDEX=2"));
    }

    @Test
    void autoWithoutCiVariablesRunsEverything() {
        assertNull(ShardSpec.parse("auto", null, NO_ENV));
        // GitLab's job without parallel: has a total of 1 and no index; CircleCI always sets both.
        assertNull(ShardSpec.parse("auto", null, env("CI_NODE_TOTAL", "1")));
        assertEquals("1/1", ShardSpec.parse("auto", null, env("CIRCLE_NODE_INDEX", "0", "CIRCLE_NODE_TOTAL", "1"))
                .toString());
    }

    @Test
    void autoRefusesWhatIsNoShard() {
        String[][] bad = {
                {"CI_NODE_INDEX", "0", "CI_NODE_TOTAL", "3"},   // GitLab counts from 1
                {"CIRCLE_NODE_INDEX", "3", "CIRCLE_NODE_TOTAL", "3"},
                {"BUILDKITE_PARALLEL_JOB", "x", "BUILDKITE_PARALLEL_JOB_COUNT", "3"},
                {"CI_NODE_INDEX", "2"},
        };
        for (String[] vars : bad) {
            SettingException e = assertThrows(SettingException.class, () -> ShardSpec.parse("auto", null, env(vars)),
                    String.join(" ", vars));
            assertTrue(e.getMessage().contains("retire.shard") && e.getMessage().contains(vars[0]), e.getMessage());
        }
        SettingException k8s = assertThrows(SettingException.class,
                () -> ShardSpec.parse("auto", null, env("JOB_COMPLETION_INDEX", "1")));
        assertTrue(k8s.getMessage().contains("retire.shardTotal"), k8s.getMessage());
        assertThrows(SettingException.class, () -> ShardSpec.parse("auto", "3", env("JOB_COMPLETION_INDEX", "3")));
        assertThrows(SettingException.class, () -> ShardSpec.parse("auto", "x", env("JOB_COMPLETION_INDEX", "0")));
    }

    @Test
    void settingsCarryTheShardAndTimings() {
        Properties system = new Properties();
        system.setProperty("retire.shard", "auto");
        system.setProperty("retire.timings", "target/t");
        Settings settings = Settings.read(system, Collections.emptyMap(), 4,
                env("CI_NODE_INDEX", "1", "CI_NODE_TOTAL", "2"), w -> { });
        assertEquals("1/2", settings.shard().toString());
        assertFalse(settings.shardAutoUnset());
        assertEquals("target/t", settings.timings());
        assertEquals("1/2", settings.forDebugging().shard().toString());
        Settings unset = Settings.read(system, Collections.emptyMap(), 4, NO_ENV, w -> { });
        assertNull(unset.shard());
        assertTrue(unset.shardAutoUnset());
        Properties blank = new Properties();
        blank.setProperty("retire.timings", " ");
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.read(blank, Collections.emptyMap(), 4, NO_ENV, w -> { }));
        assertTrue(e.getMessage().contains("retire.timings") && e.getMessage().contains("TEST-*.xml"), e.getMessage());
    }
}
