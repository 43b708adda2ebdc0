import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One-off probe for the retirement latency: in a fresh JVM whose JUnit launcher already exists (as in a
 * retire spare), how long from "run this unique id" to the test body, the first time and the second time?
 * Run by bench/firstrun/run.sh. Not part of the Maven build.
 */
public final class FirstRun {
    static volatile long entered;

    public static class First {
        @Test
        void b() {
            entered = System.nanoTime();
        }
    }

    public static class Second {
        @Test
        void b() {
            entered = System.nanoTime();
        }
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        long t1 = System.nanoTime();
        Thread.sleep(500); // the spare idles
        System.out.printf("LauncherFactory.create %.1f ms; request -> test body: first %.1f ms, second %.1f ms%n",
                (t1 - t0) / 1e6, run(launcher, First.class), run(launcher, Second.class));
    }

    static double run(Launcher launcher, Class<?> c) {
        String id = "[engine:junit-jupiter]/[class:" + c.getName() + "]/[method:b()]";
        long t0 = System.nanoTime();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectUniqueId(id)).build());
        return (entered - t0) / 1e6;
    }
}
