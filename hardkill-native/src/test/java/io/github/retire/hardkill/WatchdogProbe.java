package io.github.retire.hardkill;

/**
 * Child process for {@link NativeWatchdogTest}: runs a script of {@code arm:<ms>}, {@code disarm},
 * {@code sleep:<ms>} and {@code say:<text>} steps, then exits 0 after a last pause, unless the watchdog
 * ended it first with status 42.
 */
public final class WatchdogProbe {
    public static void main(String[] args) throws Exception {
        NativeWatchdog watchdog = NativeWatchdog.start("probe watchdog fired\n", 42);
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
}
