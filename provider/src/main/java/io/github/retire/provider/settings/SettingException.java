package io.github.retire.provider.settings;

/** A {@code retire.*} setting has a value we cannot use. */
final class SettingException extends IllegalArgumentException {
    SettingException(String key, String value, String accepted) {
        super("[retire] invalid value '" + value + "' for " + key + "; accepted: " + accepted);
    }
}
