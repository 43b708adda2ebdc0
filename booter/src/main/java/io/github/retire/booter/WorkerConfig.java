package io.github.retire.booter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.github.retire.wire.ConfigKeys;

/**
 * What the supervisor tells a worker before its first test, read from the file named on the
 * command line. Keys are grouped by prefix; docs/PROTOCOL.md lists them.
 */
final class WorkerConfig {

    private final Properties properties;

    private WorkerConfig(Properties properties) {
        this.properties = properties;
    }

    static WorkerConfig read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new WorkerConfig(p);
    }

    String secret() {
        return properties.getProperty(ConfigKeys.SECRET, "");
    }

    Map<String, String> systemProperties() {
        return withPrefix(ConfigKeys.SYSTEM_PROPERTY);
    }

    Map<String, String> configurationParameters() {
        return withPrefix(ConfigKeys.CONFIGURATION_PARAMETER);
    }

    String providerProperty(String key) {
        return properties.getProperty(ConfigKeys.PROVIDER_PROPERTY + key);
    }

    /** Surefire's -Dtest / &lt;test&gt; pattern, or null. */
    String testFilter() {
        return properties.getProperty(ConfigKeys.TEST_FILTER);
    }

    /** Null when the supervisor did not say: the JVM's own default then stays. */
    Boolean enableAssertions() {
        String value = properties.getProperty(ConfigKeys.ENABLE_ASSERTIONS);
        return value == null ? null : Boolean.valueOf(value);
    }

    /** Whether to rehearse before taking work: only spares, which would otherwise idle, do. */
    boolean warmUp() {
        return Boolean.parseBoolean(properties.getProperty(ConfigKeys.WARM_UP, "false"));
    }

    /** Whether a failed test retires this worker. */
    boolean retireOnFailure() {
        return Boolean.parseBoolean(properties.getProperty(ConfigKeys.RETIRE_ON_FAILURE, "false"));
    }

    /** Surefire's skipAfterFailureCount: 0 for none. */
    int skipAfterFailureCount() {
        return Integer.parseInt(properties.getProperty(ConfigKeys.SKIP_AFTER_FAILURE_COUNT, "0"));
    }

    /** The hard per-test limit in ms, or 0 for none. */
    long testTimeoutMillis() {
        return Long.parseLong(properties.getProperty(ConfigKeys.TEST_TIMEOUT, "0"));
    }

    long timeoutGraceMillis() {
        String value = properties.getProperty(ConfigKeys.TIMEOUT_GRACE);
        return value == null ? ConfigKeys.TIMEOUT_GRACE_DEFAULT_MILLIS : Long.parseLong(value);
    }

    /** The journal file the supervisor made for this worker, or null. */
    Path journal() {
        String file = properties.getProperty(ConfigKeys.JOURNAL);
        return file == null ? null : Paths.get(file);
    }

    /** The run's scratch directory, or null. */
    Path scratch() {
        String dir = properties.getProperty(ConfigKeys.SCRATCH);
        return dir == null || dir.isEmpty() ? null : Paths.get(dir);
    }

    /** Where to write a thread dump when the supervisor goes away; null for nowhere. */
    Path dumpFile() {
        String file = properties.getProperty(ConfigKeys.DUMP_FILE);
        return file == null || file.isEmpty() ? null : Paths.get(file);
    }

    /** Whether to load the native watchdog (else Java threads only). */
    boolean nativeHardkill() {
        return !ConfigKeys.HARDKILL_JAVA.equals(properties.getProperty(ConfigKeys.HARDKILL, ConfigKeys.HARDKILL_NATIVE));
    }

    private Map<String, String> withPrefix(String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                map.put(key.substring(prefix.length()), properties.getProperty(key));
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
