package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Which of the fork's system properties a worker gets: all that Surefire or the user set
 * (systemPropertyVariables, -D user properties, basedir, ...), none that describe the JVM or
 * the machine, which the worker's own JVM sets for itself.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SystemProperties {
    private static final String[] JVM_PREFIXES = {
        "java.vm.", "java.runtime.", "java.specification.", "java.vendor", "java.class.", "sun.", "jdk.", "os.",
    };
    private static final Set<String> JVM_KEYS = new HashSet<>(Arrays.asList(
            "java.home", "java.version", "java.version.date", "java.library.path", "user.name", "user.home",
            "user.dir", "file.separator", "path.separator", "line.separator", "native.encoding", "stdout.encoding",
            "stderr.encoding", "file.encoding"));

    private SystemProperties() {
    }

    public static Map<String, String> forWorkers(Properties system) {
        Map<String, String> map = new TreeMap<>();
        for (String key : system.stringPropertyNames()) {
            if (!JVM_KEYS.contains(key) && Arrays.stream(JVM_PREFIXES).noneMatch(key::startsWith)) {
                map.put(key, system.getProperty(key));
            }
        }
        return map;
    }
}
