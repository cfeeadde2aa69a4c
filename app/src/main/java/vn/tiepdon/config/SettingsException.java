package vn.tiepdon.config;

import java.util.Optional;

/**
 * The settings file cannot be used. The message names the key and what is wrong with it,
 * written for the IT person editing the file.
 */
public class SettingsException extends Exception {

    private final String key;

    /** A problem with one key: the message reads {@code "<key>: <problem>"}. */
    public SettingsException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** A problem with the file as a whole (missing, unreadable, not UTF-8). */
    public SettingsException(String problem, Throwable cause) {
        super(problem, cause);
        this.key = null;
    }

    /** The key at fault, or empty when the file as a whole is. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
