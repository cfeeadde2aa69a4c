package vn.tiepdon.sync.client;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * How one sync cycle ended, in words the admin screen and the CLI show (Vietnamese and English).
 *
 * @param daysSent         days in the batches posted (also those refused)
 * @param daysAcknowledged days the server stored or already held
 * @param rowsSent         total and histogram rows posted
 * @param cursor           the kiosk's event sequence of the snapshot
 * @param httpStatus       the server's last status code, 0 when there was no answer
 * @param retryAfter       how long the server asked the kiosk to wait (429, 503)
 * @param detail           the server's English message or the failure's cause, for the log and IT; never a token
 */
public record SyncOutcome(Status status, Instant at, int daysSent, int daysAcknowledged, long rowsSent, long cursor,
                          int httpStatus, Optional<Duration> retryAfter, String detail) {

    /** Every way a cycle ends; the protocol's answers (sync/PROTOCOL.md) map onto these. */
    public enum Status {
        /** The server acknowledged every changed day. */
        SENT(true, Retry.INTERVAL),
        /** Nothing changed since the last acknowledgement; nothing was posted. */
        NOTHING_TO_SEND(true, Retry.INTERVAL),
        /** The kiosk has no {@code sync.url}: it does not sync. */
        NOT_CONFIGURED(false, Retry.NEVER),
        /** 401 or 403: the token is unknown, revoked, or belongs to another kiosk or facility. */
        TOKEN_REFUSED(false, Retry.INTERVAL),
        /** 400: the server found the batch malformed; sending it again will not help until the kiosk is fixed. */
        MALFORMED(false, Retry.INTERVAL),
        /** 413 for a single day: too large even alone. */
        TOO_LARGE(false, Retry.INTERVAL),
        /** 422: the server is older than the kiosk's protocol and must be upgraded. */
        SERVER_TOO_OLD(false, Retry.INTERVAL),
        /** 429 or 503: the server sheds load or its database is down. */
        BUSY(false, Retry.BACKOFF),
        /** Another 5xx. */
        SERVER_ERROR(false, Retry.BACKOFF),
        /** No connection: the server is down, the address is wrong, the network is out, or it hung up. */
        CANNOT_CONNECT(false, Retry.BACKOFF),
        /** Connected, but no answer within the read timeout. */
        TIMED_OUT(false, Retry.BACKOFF),
        /** The server's certificate is not trusted (system trust store or {@code sync.caFile}) or TLS failed. */
        CERTIFICATE_REFUSED(false, Retry.INTERVAL),
        /** An answer the protocol does not have (a proxy's page, a redirect, a 200 that is not an acknowledgement). */
        UNEXPECTED_ANSWER(false, Retry.BACKOFF),
        /** The kiosk's own data could not be read. */
        KIOSK_DATA_UNREADABLE(false, Retry.BACKOFF);

        private final boolean succeeded;
        private final Retry retry;

        Status(boolean succeeded, Retry retry) {
            this.succeeded = succeeded;
            this.retry = retry;
        }
    }

    /** When the next cycle comes: a fault that may clear soon is retried with backoff, a refusal at the interval. */
    enum Retry { INTERVAL, BACKOFF, NEVER }

    private static final String BUNDLE = "vn.tiepdon.sync.client.outcome";
    private static final Locale VI = Locale.forLanguageTag("vi");

    public SyncOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        detail = detail == null ? "" : detail;
    }

    static SyncOutcome of(Status status, Instant at, String detail) {
        return new SyncOutcome(status, at, 0, 0, 0, 0, 0, Optional.empty(), detail);
    }

    /** True when the server holds everything the kiosk counted up to {@link #cursor}. */
    public boolean succeeded() {
        return status.succeeded;
    }

    Retry retry() {
        return status.retry;
    }

    /** One sentence saying what happened, in {@code locale} (Vietnamese unless English is asked for). */
    public String message(Locale locale) {
        Locale chosen = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : VI;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(status.name()), chosen).format(new Object[] {daysAcknowledged,
                daysSent, cursor, httpStatus, retryAfter.map(Duration::toSeconds).orElse(0L)});
    }

    /** {@code "<vi> / <en>"}: the CLI's and the log's way of saying it. */
    public String bothLanguages() {
        return message(VI) + " / " + message(Locale.ENGLISH);
    }
}
