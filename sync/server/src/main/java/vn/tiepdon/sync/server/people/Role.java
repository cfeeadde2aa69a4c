package vn.tiepdon.sync.server.people;

import java.util.Locale;

/** What a person may do: read the indicators (viewer), or also manage the server (admin). */
public enum Role {
    VIEWER, ADMIN;

    /** As stored and typed: {@code viewer}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
