import java.lang.management.ManagementFactory;
import java.time.Instant;

import io.github.retire.hardkill.NativeWatchdog;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A worker's start-up path in miniature (bench/watchdog/run.sh --first-test): with "native", a thread
 * loads the native watchdog and starts its parent watch while the main thread starts the JUnit Platform
 * launcher and discovers a class; the main thread waits for the load (as WorkerMain's ParentWatch.awaitLoad
 * does, so that no test sees jffi.extract.dir) and runs the class. With "native-first" it waits for the load
 * before it starts the launcher. With "java", no load. Prints the time
 * from the JVM's start to the first test's start, and the process's CPU time then.
 */
public final class FirstTestBench {
    static volatile long firstTestNanos;

    public static final class Sample {
        @Test
        void first() {
            if (firstTestNanos == 0) {
                firstTestNanos = System.nanoTime();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        long startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long nanosAtStartMillis = System.nanoTime() - (System.currentTimeMillis() - startMillis) * 1_000_000L;
        Thread loader = null;
        if (args[0].startsWith("native")) {
            loader = new Thread(() -> {
                try {
                    NativeWatchdog.load().watchParent(250_000_000L, "parent gone\n", 65);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "loader");
            loader.setDaemon(true);
            loader.start();
        }
        if (loader != null && args[0].equals("native-first")) {
            loader.join(); // as a worker with retire.testTimeout did before 2026-12-01: the load, then the launcher
        }
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(Sample.class)).build();
        var plan = launcher.discover(request);
        if (loader != null) {
            loader.join();
        }
        launcher.execute(plan, new TestExecutionListener() { });
        long toFirstTest = (firstTestNanos - nanosAtStartMillis) / 1_000_000L;
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000L;
        System.out.println("first-test-ms " + toFirstTest + " cpu-ms " + cpu + " " + args[0]);
    }
}
