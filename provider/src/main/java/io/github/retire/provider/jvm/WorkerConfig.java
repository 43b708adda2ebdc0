package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.Properties;

import io.github.retire.provider.settings.Settings;
import io.github.retire.wire.ConfigKeys;
import org.apiguardian.api.API;

/**
 * What every worker is told at its start, through a private file (its role and secret are added per
 * worker): retire's settings that act in the worker, and the fork's system properties, JUnit
 * configuration parameters, provider properties and test filter, so that the worker runs tests as the
 * fork would have.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WorkerConfig {
    private WorkerConfig() {
    }

    public static Properties of(Map<String, String> systemProperties, Map<String, String> configurationParameters,
                                Map<String, String> providerProperties, String testFilter, Settings settings) {
        Properties p = new Properties();
        p.setProperty(ConfigKeys.RETIRE_ON_FAILURE, String.valueOf(settings.onFailure()));
        p.setProperty(ConfigKeys.TEST_TIMEOUT, String.valueOf(settings.testTimeoutMillis()));
        p.setProperty(ConfigKeys.TIMEOUT_GRACE, String.valueOf(settings.timeoutGraceMillis()));
        p.setProperty(ConfigKeys.HARDKILL, settings.nativeHardkill() ? ConfigKeys.HARDKILL_NATIVE : ConfigKeys.HARDKILL_JAVA);
        systemProperties.forEach((k, v) -> p.setProperty(ConfigKeys.SYSTEM_PROPERTY + k, v));
        configurationParameters.forEach((k, v) -> p.setProperty(ConfigKeys.CONFIGURATION_PARAMETER + k, v));
        providerProperties.forEach((k, v) -> p.setProperty(ConfigKeys.PROVIDER_PROPERTY + k, v));
        if (testFilter != null) {
            p.setProperty(ConfigKeys.TEST_FILTER, testFilter);
        }
        return p;
    }
}
