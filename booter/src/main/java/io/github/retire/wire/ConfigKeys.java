package io.github.retire.wire;

/**
 * The keys of the worker configuration file, which the supervisor writes and the worker reads
 * (see docs/PROTOCOL.md). Prefixed keys group a map: {@code sysprop.user.timezone=UTC}.
 *
 * <p>The {@code retire.*} keys carry the user's setting of that name (durations in ms here), and this
 * class owns those names and defaults for both sides: the provider's Settings reads the settings under
 * them, and a worker falls back to the same defaults when a key is absent.
 */
public final class ConfigKeys {
    public static final String SECRET = "secret";
    public static final String SYSTEM_PROPERTY = "sysprop.";
    public static final String CONFIGURATION_PARAMETER = "config.";
    public static final String PROVIDER_PROPERTY = "provider.";
    public static final String TEST_FILTER = "filter.test";
    public static final String RETIRE_ON_FAILURE = "retire.onFailure";
    /** Surefire's skipAfterFailureCount; absent or 0 for none. */
    public static final String SKIP_AFTER_FAILURE_COUNT = "skipAfterFailureCount";
    /** In ms; 0 for none. */
    public static final String TEST_TIMEOUT = "retire.testTimeout";
    /** In ms. */
    public static final String TIMEOUT_GRACE = "retire.timeoutGrace";
    public static final long TIMEOUT_GRACE_DEFAULT_MILLIS = 2_000;
    /** {@code true} for a spare: it rehearses while it waits for work. */
    public static final String WARM_UP = "warmUp";
    /** {@link #HARDKILL_NATIVE} (the default) or {@link #HARDKILL_JAVA}. */
    public static final String HARDKILL = "retire.hardkill";
    /** The C watchdog threads of retire-hardkill. */
    public static final String HARDKILL_NATIVE = "native";
    /** Java threads only: a stalled JVM is left to the supervisor. */
    public static final String HARDKILL_JAVA = "java";
    /** The worker's {@link Journal} file; absent for none (every checkpoint is then a flush). */
    public static final String JOURNAL = "journal";
    /** The run's private scratch directory (under {@code target/}, removed at the end of the run and swept by
     *  later runs if the run was killed): where the worker extracts the native watchdog library, so that a
     *  worker killed while it loads leaves nothing outside {@code target/}; absent: {@code java.io.tmpdir}. */
    public static final String SCRATCH = "scratch";
    /** Surefire's {@code .dump} file of the fork, where a worker whose supervisor went away writes its
     *  thread dump before it halts; absent for none. */
    public static final String DUMP_FILE = "dumpFile";
    /** Surefire's enableAssertions, {@code true} or {@code false}: the system class loader's default
     *  assertion status, as stock's fork sets it; absent: the JVM's own. */
    public static final String ENABLE_ASSERTIONS = "enableAssertions";

    private ConfigKeys() {
    }
}
