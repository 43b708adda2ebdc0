package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Checks that every configuration channel of the surefire configuration reaches the test JVM. */
class ConfigurationTest {

    private static ExtensionContext context;

    /** ExtensionContext is not injectable into test methods; capture it before each test instead. */
    @RegisterExtension
    static final BeforeEachCallback CAPTURE = ctx -> context = ctx;

    @Test
    void junitPlatformPropertiesFileIsRead() {
        assertEquals(Optional.of("file-value"), context.getConfigurationParameter("retire.it.fromFile"));
    }

    @Test
    void pomConfigurationParametersAreRead() {
        assertEquals(Optional.of("pom-value"), context.getConfigurationParameter("retire.it.fromPom"));
    }

    @Test
    void systemPropertyVariablesAreSet() {
        assertEquals("sys-value", System.getProperty("retire.it.sysprop"));
    }

    @Test
    void argLineIsApplied() {
        assertEquals("bar", System.getProperty("foo"));
    }

    @Test
    void environmentVariablesAreSet() {
        assertEquals("env-value", System.getenv("RETIRE_IT_ENV"));
    }
}
