import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.retire.hardkill.NativeWatchdog;

/**
 * Micro-benchmarks of the native watchdog (hardkill-native) through its public API. Run by
 * bench/watchdog/run.sh; not part of the Maven build; asserts nothing about speed.
 *
 * <pre>
 *   load                      one fresh-JVM sample: prints "load-ms X" for the first NativeWatchdog.start
 *   armdisarm ROUNDS PAIRS    prints ns per arm+disarm pair (timeout 1 h, so it never fires), per round
 *   child T_MS                prints the wall time (epoch micros) just before arm(T_MS), then sleeps
 *   lateness SAMPLES T_MS     parent: runs SAMPLES children; lateness = exit seen - (arm stamp + T)
 * </pre>
 */
public final class WatchdogBench {
    static final int EXIT = 77;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load":
                load();
                break;
            case "armdisarm":
                armDisarm(Integer.parseInt(args[1]), Long.parseLong(args[2]));
                break;
            case "child":
                child(Long.parseLong(args[1]));
                break;
            case "lateness":
                lateness(Integer.parseInt(args[1]), Long.parseLong(args[2]), args[3]);
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    private static void load() throws Exception {
        long t0 = System.nanoTime();
        NativeWatchdog w = NativeWatchdog.start("bench: load\n", EXIT);
        long t1 = System.nanoTime();
        w.arm(3_600_000_000_000L);
        w.disarm();
        long t2 = System.nanoTime();
        System.out.printf("load-ms %.3f first-arm-disarm-us %.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e3);
    }

    private static void armDisarm(int rounds, long pairs) throws Exception {
        NativeWatchdog w = NativeWatchdog.start("bench: armdisarm fired (should never happen)\n", EXIT);
        long timeout = 3_600_000_000_000L; // 1 h
        for (long i = 0; i < 2_000_000; i++) { // warm-up: C2 compiles the call path
            w.arm(timeout);
            w.disarm();
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (long i = 0; i < pairs; i++) {
                w.arm(timeout);
                w.disarm();
            }
            long t1 = System.nanoTime();
            System.out.printf("armdisarm-ns %.1f%n", (t1 - t0) / (double) pairs);
        }
    }

    private static void child(long timeoutMillis) throws Exception {
        NativeWatchdog w = NativeWatchdog.start("bench: watchdog fired\n", EXIT);
        Thread.sleep(200); // settle after JVM start
        long stamp = micros(Instant.now());
        w.arm(timeoutMillis * 1_000_000L);
        System.out.println("armed " + stamp);
        System.out.flush();
        Thread.sleep(600_000);
        System.out.println("still alive"); // never reached
    }

    private static void lateness(int samples, long timeoutMillis, String classpath) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Double> late = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            Process p = new ProcessBuilder(java, "-cp", classpath, "WatchdogBench", "child",
                    String.valueOf(timeoutMillis)).redirectError(ProcessBuilder.Redirect.PIPE).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            int code = p.waitFor();
            long exited = micros(Instant.now());
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (line == null || !line.startsWith("armed ") || code != EXIT || !err.contains("bench: watchdog fired")) {
                throw new IllegalStateException("child sample " + s + ": line " + line + ", exit " + code + ", stderr "
                        + err);
            }
            long armed = Long.parseLong(line.substring(6).trim());
            double ms = (exited - (armed + timeoutMillis * 1000)) / 1000.0;
            late.add(ms);
            System.out.printf("late-ms %.3f%n", ms);
        }
        Collections.sort(late);
        System.out.printf("lateness n=%d median %.2f ms max %.2f ms min %.2f ms%n", late.size(),
                late.get(late.size() / 2), late.get(late.size() - 1), late.get(0));
    }
}
