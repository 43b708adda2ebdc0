package io.github.retire.provider.settings;

/**
 * The forms a setting's value may take (a duration, a count, true or false, a number of workers), each read
 * the same way for every setting: an empty value is the default, anything else unreadable is a
 * {@link SettingException} that names the setting and the accepted forms.
 */
final class SettingValues {
    private SettingValues() {
    }

    /** A positive duration: {@code 30s}, {@code 1500ms}, {@code 2m}, or a bare number of seconds. */
    static long parseDuration(String key, String value, long defaultMillis) {
        if (value == null || value.trim().isEmpty()) {
            return defaultMillis;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1000;
        if (v.endsWith("ms")) {
            unit = 1;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m")) {
            unit = 60_000;
            v = v.substring(0, v.length() - 1);
        }
        try {
            double amount = Double.parseDouble(v.trim());
            long millis = (long) Math.ceil(amount * unit);
            if (amount > 0 && millis > 0 && !Double.isInfinite(amount)) {
                return millis;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingException(key, value, "a positive duration: 30s, 1500ms, 2m, or a bare number of seconds");
    }

    static boolean parseBoolean(String key, String value) {
        return parseBoolean(key, value, false);
    }

    static boolean parseBoolean(String key, String value, boolean defaultValue) {
        if (value == null || value.trim().isEmpty()) {
            return defaultValue;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        throw new SettingException(key, value, "true or false");
    }

    static int parseCount(String key, String value, int defaultValue) {
        if (value == null || value.trim().isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingException(key, value, "a whole number of at least 0 (e.g. 0, 1, 2)");
    }

    /** Accepts what Surefire's forkCount accepts: a whole number N, or NC for N times the cores. */
    static int parseWorkers(String value, int cores) {
        if (value == null || value.trim().isEmpty()) {
            return 1;
        }
        String v = value.trim();
        try {
            int count;
            if (v.endsWith("C") || v.endsWith("c")) {
                double factor = Double.parseDouble(v.substring(0, v.length() - 1));
                count = (int) Math.ceil(factor * cores);
            } else {
                count = Integer.parseInt(v);
            }
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingException(Settings.WORKERS, value,
                "a whole number of at least 1 (e.g. 2), or a multiple of the CPU cores ending in C (e.g. 1C, 0.5C)");
    }
}
