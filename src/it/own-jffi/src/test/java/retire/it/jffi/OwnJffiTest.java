package retire.it.jffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.kenai.jffi.MemoryIO;
import org.junit.jupiter.api.Test;

class OwnJffiTest {
    @Test
    void theProjectsJffiIsTheOneLoaded() {
        String jar = MemoryIO.class.getProtectionDomain().getCodeSource().getLocation().toString();
        System.out.println("JFFI-FROM " + jar);
        assertTrue(jar.endsWith("jffi-1.3.13.jar"), jar);
        // The native stub loads and works: allocate, write, read, free.
        MemoryIO io = MemoryIO.getInstance();
        long address = io.allocateMemory(8, true);
        assertNotEquals(0, address);
        io.putLong(address, 42L);
        assertEquals(42L, io.getLong(address));
        io.freeMemory(address);
    }

    /** As stock's fork shows it: test-classes, classes, then the test dependencies, nothing of the runner's. */
    @Test
    void javaClassPathIsStocks() {
        List<String> names = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> new File(e).getName()).collect(Collectors.toList());
        System.out.println("CLASSPATH " + names);
        assertEquals(Arrays.asList("test-classes", "classes", "junit-jupiter-5.11.4.jar",
                "junit-jupiter-api-5.11.4.jar", "opentest4j-1.3.0.jar", "junit-platform-commons-1.11.4.jar",
                "apiguardian-api-1.1.2.jar", "junit-jupiter-params-5.11.4.jar",
                "junit-jupiter-engine-5.11.4.jar", "junit-platform-engine-1.11.4.jar", "jffi-1.3.13.jar",
                "jffi-1.3.13-native.jar"), names);
    }
}
