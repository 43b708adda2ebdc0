package io.github.retire.provider.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.github.retire.provider.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardingTest {
    @TempDir
    Path dir;

    private static Settings settings(String... pairs) {
        Properties system = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            system.setProperty(pairs[i], pairs[i + 1]);
        }
        return Settings.read(system, Collections.emptyMap(), 2, w -> { });
    }

    @Test
    void theShardsTogetherRunEveryClassOnceInSurefiresOrder() {
        List<String> classes = List.of("z.ZTest", "a.ATest", "m.MTest", "b.BTest", "c.CTest");
        Set<String> union = new HashSet<>();
        int count = 0;
        for (int k = 1; k <= 3; k++) {
            List<String> lines = new ArrayList<>();
            List<String> mine = Sharding.prepare(settings("retire.shard", k + "/3"), dir, lines::add, lines::add)
                    .select(classes, lines::add);
            union.addAll(mine);
            count += mine.size();
            List<String> inOrder = new ArrayList<>(classes);
            inOrder.retainAll(mine);
            assertEquals(inOrder, mine);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("[retire] shard " + k + "/3 (retire.shard=" + k + "/3): "
                    + mine.size() + " of 5 test classes, split by class name (no retire.timings)"), lines.get(0));
        }
        assertEquals(5, count);
        assertEquals(new HashSet<>(classes), union);
    }

    @Test
    void anEmptyShardSaysSo() {
        List<String> lines = new ArrayList<>();
        List<String> mine = Sharding.prepare(settings("retire.shard", "2/2"), dir, lines::add, lines::add)
                .select(List.of("a.OnlyTest"), lines::add);
        List<String> other = Sharding.prepare(settings("retire.shard", "1/2"), dir, w -> { }, w -> { })
                .select(List.of("a.OnlyTest"), w -> { });
        assertEquals(1, mine.size() + other.size());
        String line = mine.isEmpty() ? lines.get(0) : "";
        if (mine.isEmpty()) {
            assertEquals("[retire] shard 2/2 (retire.shard=2/2): none of the 1 test class falls to this shard;"
                    + " nothing to run here, and the shard passes (one skipped entry, retire.EmptyShard, says so); split "
                    + Split.byHash(List.of("a.OnlyTest"), 2).fingerprint() + " (the same in every shard, or their"
                    + " timings differ)", line);
        }
    }

    @Test
    void timingsBalanceAndTheLineSaysTheShare() throws IOException {
        Files.write(dir.resolve("TEST-a.Slow.xml"),
                "<testsuite name=\"a.Slow\" time=\"30\"/>".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("TEST-a.Fast.xml"),
                "<testsuite name=\"a.Fast\" time=\"10\"/>".getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        List<String> mine = Sharding.prepare(settings("retire.shard", "1/2", "retire.timings", "."), dir, lines::add,
                lines::add).select(List.of("a.Fast", "a.Slow", "a.New"), lines::add);
        assertEquals(List.of("a.Slow"), mine);
        assertEquals("[retire] shard 1/2 (retire.shard=1/2): 1 of 3 test classes, expected 50.0% of the total time"
                + " (past durations of 2 from " + dir.resolve(".") + "; 1 without one count as the median, 20.000 s); split ",
                lines.get(0).substring(0, lines.get(0).indexOf("; split ") + 8));
    }

    @Test
    void anUnreadableTimingsPathStopsTheRun() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sharding.prepare(
                settings("retire.shard", "1/2", "retire.timings", "missing"), dir, w -> { }, w -> { }));
        assertTrue(e.getMessage().startsWith("[retire] invalid value 'missing' for retire.timings ("), e.getMessage());
        assertTrue(e.getMessage().contains("accepted: a readable file or directory of TEST-*.xml"), e.getMessage());
    }

    @Test
    void autoWithoutCiVariablesRunsEverythingAndSaysSo() {
        // this JVM's own environment: on a CI that sets one of the variables there is a shard, else none
        Settings auto = settings("retire.shard", "auto");
        List<String> lines = new ArrayList<>();
        Sharding sharding = Sharding.prepare(auto, dir, lines::add, lines::add);
        if (auto.shard() == null) {
            assertNull(sharding);
            assertEquals(List.of("[retire] retire.shard=auto: no CI shard variables are set (GitLab, Buildkite,"
                    + " CircleCI, Bazel, Kubernetes), so this job runs every test class"), lines);
        }
    }

    @Test
    void bazelsStatusFileIsTouched() throws IOException {
        Path status = dir.resolve("status");
        Properties system = new Properties();
        system.setProperty("retire.shard", "auto");
        Settings bazel = Settings.read(system, Collections.emptyMap(), 2, java.util.Map.of("TEST_SHARD_INDEX", "0", "TEST_TOTAL_SHARDS", "2",
                "TEST_SHARD_STATUS_FILE", status.toString()), w -> { });
        Sharding.prepare(bazel, dir, w -> { }, w -> { });
        assertTrue(Files.isRegularFile(status));
    }

    @Test
    void withoutAShardNothingIsSplit() {
        List<String> warnings = new ArrayList<>();
        assertNull(Sharding.prepare(settings("retire.timings", "x"), dir, warnings::add, warnings::add));
        assertEquals(List.of("[retire] retire.timings is ignored without retire.shard"), warnings);
    }
}
