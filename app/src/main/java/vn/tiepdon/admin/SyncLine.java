package vn.tiepdon.admin;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin screen's "last sync" line: when the counts last reached the indicator server, and, when the last
 * attempt did not, why not (no server configured, cannot connect, token refused …) in both languages.
 *
 * @param lastSuccess when the server last acknowledged everything; empty if it never did
 * @param whyNotVi    why the last attempt did not succeed, in Vietnamese; empty when it did (or none was made)
 * @param whyNotEn    the same in English
 * @param failing     true when sending was tried and failed: something for IT to look at (not so without a server)
 */
public record SyncLine(Optional<Instant> lastSuccess, String whyNotVi, String whyNotEn, boolean failing) {

    /** Nothing known yet (the kiosk is still opening, or has not tried). */
    public static final SyncLine NOT_YET = new SyncLine(Optional.empty(), "", "", false);

    public SyncLine {
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(whyNotVi, "whyNotVi");
        Objects.requireNonNull(whyNotEn, "whyNotEn");
    }

    /** Why not, in the screen's language; empty when there is nothing to explain. */
    public String whyNot(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? whyNotEn : whyNotVi;
    }
}
