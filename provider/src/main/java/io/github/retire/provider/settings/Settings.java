package io.github.retire.provider.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.retire.wire.ConfigKeys;
import org.apiguardian.api.API;

/**
 * The {@code retire.*} settings of one provider invocation. A setting is read from the system
 * properties Surefire gave its fork (-D user properties, systemPropertyVariables), else from
 * Surefire's {@code <properties>}. A bad value stops the run before any test starts, with a message
 * that names the setting and its accepted forms.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Settings {
    public static final String WORKERS = "retire.workers";
    public static final String ON_FAILURE = ConfigKeys.RETIRE_ON_FAILURE;
    public static final String SPARES = "retire.spares";
    public static final String MAX_STARTUP_FAILURES = "retire.maxStartupFailures";
    public static final String EXIT_TIMEOUT = "retire.exitTimeout";
    public static final String TEST_TIMEOUT = ConfigKeys.TEST_TIMEOUT;
    public static final String TIMEOUT_GRACE = ConfigKeys.TIMEOUT_GRACE;
    static final String HARDKILL = ConfigKeys.HARDKILL;
    static final String CDS = "retire.cds";
    /** Whether the supervisor writes the run record (docs/RUN-RECORD.md). */
    static final String RECORD = "retire.record";
    /** Read by retire-maven-plugin, which then leaves the provider out; here it can only be warned about. */
    static final String ENABLED = "retire.enabled";
    /** Past reports whose class durations balance the shards (retire.shard). */
    public static final String TIMINGS = "retire.timings";
    /** Read by retire-maven-plugin's extension in a probe's Maven (retire:bisect): where the probe reports. */
    static final String PROBE_REPORTS = "retire.probe.reports";

    /** Every key we understand, for the unknown-key warning. */
    static final List<String> KNOWN = Collections.unmodifiableList(Arrays.asList(WORKERS, ON_FAILURE, SPARES,
            MAX_STARTUP_FAILURES, EXIT_TIMEOUT, TEST_TIMEOUT, TIMEOUT_GRACE, HARDKILL, CDS, ENABLED, RECORD, Sequence.KEY,
            ShardSpec.KEY, ShardSpec.TOTAL_KEY, TIMINGS, PROBE_REPORTS));

    /**
     * A provider that runs although retire.enabled=false: the POM declares it and no retire-maven-plugin
     * extension took it away. Surefire chose this provider before it started its fork, so the fork cannot
     * turn into stock's; it says so rather than pretend.
     */
    static final String SWITCHED_OFF = "[retire] " + ENABLED + "=false, but this execution declares retire-provider as"
            + " a plugin dependency, so Surefire runs it: tests run on retire as configured. To run stock Surefire,"
            + " list io.github.retire:retire-maven-plugin in .mvn/extensions.xml (with " + ENABLED + "=false it"
            + " takes the declared provider away) or remove the dependency";

    private final int workers;
    private final boolean onFailure;
    private final int spares;
    private final int maxStartupFailures;
    private final long exitTimeoutMillis;
    private final long testTimeoutMillis;
    private final long timeoutGraceMillis;
    private final boolean nativeHardkill;
    private final boolean classDataSharing;
    /** A probe's file of tests (retire:bisect), or null for a normal run. */
    private final String sequence;
    private final boolean record;
    /** This CI job's shard (retire.shard), or null for the whole run. */
    private ShardSpec shard;
    /** retire.shard=auto found no CI variables: the whole run, and the log says so. */
    private boolean shardAutoUnset;
    private String timings;

    private Settings(int workers, boolean onFailure, int spares, int maxStartupFailures, long exitTimeoutMillis,
                     long testTimeoutMillis, long timeoutGraceMillis, boolean nativeHardkill,
                     boolean classDataSharing, String sequence, boolean record) {
        this.workers = workers;
        this.onFailure = onFailure;
        this.spares = spares;
        this.maxStartupFailures = maxStartupFailures;
        this.exitTimeoutMillis = exitTimeoutMillis;
        this.testTimeoutMillis = testTimeoutMillis;
        this.timeoutGraceMillis = timeoutGraceMillis;
        this.nativeHardkill = nativeHardkill;
        this.classDataSharing = classDataSharing;
        this.sequence = sequence;
        this.record = record;
    }

    /** Whether the run writes its run record; a probe never does (its record would pass for the run's). */
    public boolean record() {
        return record && sequence == null;
    }

    /** The value of retire.sequence (a probe: these tests, in one JVM), or null. */
    public String sequence() {
        return sequence;
    }

    /** This CI job's shard of the test classes (retire.shard), or null to run them all. */
    public ShardSpec shard() {
        return shard;
    }

    /** Whether retire.shard=auto found none of the CI variables it knows (so the whole run runs). */
    public boolean shardAutoUnset() {
        return shardAutoUnset;
    }

    /** retire.timings: a file or directory of past TEST-*.xml reports, or null. */
    public String timings() {
        return timings;
    }

    /** Whether this run is a probe ({@link #sequence()}): its tests in one worker JVM and no other. */
    public boolean probe() {
        return sequence != null;
    }

    /**
     * These settings for a probe: what runs before the victim must run in the victim's JVM, so one worker,
     * no spares and no retirement; the rest (timeouts, hardkill, class-data sharing) as the run has them.
     */
    public Settings forProbe() {
        return new Settings(1, false, 0, maxStartupFailures, exitTimeoutMillis, testTimeoutMillis, timeoutGraceMillis,
                nativeHardkill, classDataSharing, sequence, record);
    }

    /** Whether workers start from a class-data archive that retire builds and keeps (see ClassDataSharing). */
    public boolean classDataSharing() {
        return classDataSharing;
    }

    /** The hard per-test limit in ms, 0 for none. */
    public long testTimeoutMillis() {
        return testTimeoutMillis;
    }

    /** How long after the deadline the native watchdog kills a worker that did not end itself. */
    public long timeoutGraceMillis() {
        return timeoutGraceMillis;
    }

    /** Whether workers use the native watchdog (else only the Java one). */
    public boolean nativeHardkill() {
        return nativeHardkill;
    }

    /** Workers that may die in a row before completing anything before no more are started. */
    public int maxStartupFailures() {
        return maxStartupFailures;
    }

    /** How long a worker asked to exit (shutdown, retirement) may take before it is killed. */
    public long exitTimeoutMillis() {
        return exitTimeoutMillis;
    }

    /** Number of worker JVMs that run test classes side by side. */
    public int workers() {
        return workers;
    }

    /** Whether a failed test retires its worker JVM. */
    public boolean onFailure() {
        return onFailure;
    }

    /** Idle, pre-started workers kept ready to take over from a retiring one. */
    public int spares() {
        return spares;
    }

    /**
     * These settings while a debugger is attached to the worker: one worker and no spares, so that
     * one JVM is the debuggee, and no hard timeout, so that a breakpoint is not taken for a hang.
     */
    public Settings forDebugging() {
        Settings debugging = new Settings(1, onFailure, 0, maxStartupFailures, exitTimeoutMillis, 0,
                timeoutGraceMillis, nativeHardkill, classDataSharing, sequence, record);
        debugging.shard = shard;
        debugging.shardAutoUnset = shardAutoUnset;
        debugging.timings = timings;
        return debugging;
    }

    public static Settings read(Properties system, Map<String, String> providerProperties, int cores,
                                Consumer<String> warn) {
        return read(system, providerProperties, cores, System.getenv(), warn);
    }

    /** {@code env}: the environment, where {@code retire.shard=auto} finds the CI's shard. */
    public static Settings read(Properties system, Map<String, String> providerProperties, int cores,
                         Map<String, String> env, Consumer<String> warn) {
        Function<String, String> lookup = key -> {
            String value = system.getProperty(key);
            return value != null ? value : providerProperties.get(key);
        };
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : system.stringPropertyNames()) {
            collectUnknown(key, unknown);
        }
        for (String key : providerProperties.keySet()) {
            collectUnknown(key, unknown);
        }
        for (String key : unknown) {
            warn.accept("[retire] unknown setting " + key + " is ignored; known settings: " + String.join(", ", KNOWN));
        }
        if (!SettingValues.parseBoolean(ENABLED, lookup.apply(ENABLED), true)) {
            warn.accept(SWITCHED_OFF);
        }
        boolean onFailure = SettingValues.parseBoolean(ON_FAILURE, lookup.apply(ON_FAILURE));
        int spares = SettingValues.parseCount(SPARES, lookup.apply(SPARES), onFailure ? 1 : 0);
        int maxStartupFailures = SettingValues.parseCount(MAX_STARTUP_FAILURES, lookup.apply(MAX_STARTUP_FAILURES), 3);
        if (maxStartupFailures < 1) {
            throw new SettingException(MAX_STARTUP_FAILURES, lookup.apply(MAX_STARTUP_FAILURES),
                    "a whole number of at least 1 (e.g. 3)");
        }
        long exitTimeout = SettingValues.parseDuration(EXIT_TIMEOUT, lookup.apply(EXIT_TIMEOUT), 30_000);
        long testTimeout = SettingValues.parseDuration(TEST_TIMEOUT, lookup.apply(TEST_TIMEOUT), 0);
        long grace = SettingValues.parseDuration(TIMEOUT_GRACE, lookup.apply(TIMEOUT_GRACE),
                ConfigKeys.TIMEOUT_GRACE_DEFAULT_MILLIS);
        String hardkill = lookup.apply(HARDKILL);
        boolean nativeHardkill = hardkill == null || hardkill.trim().isEmpty()
                || hardkill.trim().equalsIgnoreCase(ConfigKeys.HARDKILL_NATIVE);
        if (!nativeHardkill && !hardkill.trim().equalsIgnoreCase(ConfigKeys.HARDKILL_JAVA)) {
            throw new SettingException(HARDKILL, hardkill, "native (the C watchdog, default) or java");
        }
        String sequence = lookup.apply(Sequence.KEY);
        if (sequence != null && sequence.trim().isEmpty()) {
            throw new SettingException(Sequence.KEY, sequence, Sequence.ACCEPTED);
        }
        Settings settings = new Settings(SettingValues.parseWorkers(lookup.apply(WORKERS), cores), onFailure, spares,
                maxStartupFailures, exitTimeout, testTimeout, grace, nativeHardkill,
                SettingValues.parseBoolean(CDS, lookup.apply(CDS), true), sequence, SettingValues.parseBoolean(RECORD, lookup.apply(RECORD), true));
        settings.shard = ShardSpec.parse(lookup.apply(ShardSpec.KEY), lookup.apply(ShardSpec.TOTAL_KEY), env);
        settings.shardAutoUnset = settings.shard == null && lookup.apply(ShardSpec.KEY) != null
                && lookup.apply(ShardSpec.KEY).trim().equalsIgnoreCase("auto");
        String timings = lookup.apply(TIMINGS);
        if (timings != null && timings.trim().isEmpty()) {
            throw new SettingException(TIMINGS, timings, TIMINGS_ACCEPTED);
        }
        settings.timings = timings == null ? null : timings.trim();
        return settings;
    }

    public static final String TIMINGS_ACCEPTED = "a readable file or directory of TEST-*.xml reports of earlier runs"
            + " (Surefire's or Failsafe's, of any shards), e.g. target/surefire-reports";

    private static void collectUnknown(String key, TreeSet<String> unknown) {
        if (key.startsWith("retire.") && !KNOWN.contains(key)) {
            unknown.add(key);
        }
    }
}
