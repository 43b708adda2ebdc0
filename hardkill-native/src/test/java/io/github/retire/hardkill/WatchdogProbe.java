package io.github.retire.hardkill;

/**
 * Child process for {@link NativeWatchdogTest}: runs a script of {@code arm:<ms>}, {@code disarm},
 * {@code sleep:<ms>}, {@code say:<text>}, {@code watch-parent}, {@code watch-parent-of:<pid>},
 * {@code extract-dir} and {@code stall} steps, then exits 0,
 * unless the watchdog ended it first with status 42 (deadline) or 43 (parent gone). With
 * {@code -Dprobe.scratch=<dir>} the library is extracted under that directory.
 */
public final class WatchdogProbe {
    static volatile int sink;

    public static void main(String[] args) throws Exception {
        String scratch = System.getProperty("probe.scratch");
        NativeWatchdog watchdog = NativeWatchdog.load(scratch == null ? null : java.nio.file.Paths.get(scratch));
        watchdog.startDeadline("probe watchdog fired\n", 42);
        for (String step : args) {
            String[] s = step.split(":", 2);
            switch (s[0]) {
                case "arm":
                    watchdog.arm(Long.parseLong(s[1]) * 1_000_000L);
                    break;
                case "disarm":
                    watchdog.disarm();
                    break;
                case "sleep":
                    Thread.sleep(Long.parseLong(s[1]));
                    break;
                case "watch-parent":
                    watchdog.watchParent(250_000_000L, "probe parent gone\n", 43);
                    System.out.println("watching parent " + watchdog.watchedParent());
                    System.out.flush();
                    break;
                case "watch-parent-of":
                    watchdog.watchParent(250_000_000L, Long.parseLong(s[1]), "probe parent gone\n", 43);
                    break;
                case "extract-dir":
                    System.out.println("jffi.extract.dir=" + System.getProperty("jffi.extract.dir"));
                    break;
                case "stall":
                    stall();
                    break;
                case "say":
                    System.out.println(s[1]);
                    System.out.flush();
                    break;
                default:
                    throw new IllegalArgumentException(step);
            }
        }
        System.exit(0);
    }

    /**
     * Stalls the JVM at a safepoint for ever (run with -XX:-UseCountedLoopSafepoints
     * -XX:LoopStripMiningIter=0): a C2-compiled loop without safepoint polls spins while this thread asks
     * for a GC, so no Java thread runs again.
     */
    private static void stall() throws InterruptedException {
        for (int k = 0; k < 20; k++) {
            sink += spin(1000);
        }
        Thread spinner = new Thread(() -> {
            while (true) {
                sink += spin(Integer.MAX_VALUE);
            }
        }, "probe-spinner");
        spinner.setDaemon(true);
        spinner.start();
        Thread.sleep(200);
        System.out.println("stalling");
        System.out.flush();
        System.gc();
        System.out.println("not stalled");
        System.out.flush();
        Thread.sleep(600_000);
    }

    static int spin(int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                acc += i ^ j;
            }
        }
        return acc;
    }
}
