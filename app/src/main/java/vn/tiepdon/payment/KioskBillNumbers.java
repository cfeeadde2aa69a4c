package vn.tiepdon.payment;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bill numbers for the QR codes a kiosk shows: the kiosk's ID, then the local date, a T and the time to the
 * second, e.g. {@code K01261125T093012} for kiosk K01 at 09:30:12 on 25/11/2026. Letters and digits only,
 * because banks drop everything else from the transfer content the notification is matched by; at most 21
 * characters, well inside VietQR's 25. The T keeps the digits from forming a 12-digit run, which the logs
 * mask as a possible citizen ID number: a bill number must stay readable in the log. Unique per kiosk without any stored counter, so a restart cannot reuse
 * one; a second code in the same second (or a clash with an open bill) takes the next second.
 * No personal data: a kiosk and a moment.
 */
public final class KioskBillNumbers {

    private static final Pattern KIOSK_ID = Pattern.compile("[A-Z0-9]{1,8}");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyMMdd'T'HHmmss", Locale.ROOT);

    private KioskBillNumbers() {
    }

    /**
     * @param attempt 0 for the first try; each retry after a bill that is already open moves one second on
     */
    public static String of(String kioskId, LocalDateTime now, int attempt) {
        Objects.requireNonNull(now, "now");
        String id = Objects.requireNonNull(kioskId, "kioskId").toUpperCase(Locale.ROOT);
        if (!KIOSK_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("kiosk ID must be 1–8 letters or digits, was '" + kioskId + "'");
        }
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative, was " + attempt);
        }
        return id + MOMENT.format(now.plusSeconds(attempt));
    }
}
