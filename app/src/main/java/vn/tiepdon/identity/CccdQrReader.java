package vn.tiepdon.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the QR of a chip citizen-ID card (CCCD / thẻ Căn cước) or the VNeID app:
 * decodes the bytes, removes what the scanner added, tells ID payloads from the codes
 * patients show by mistake, then parses and cross-checks the fields.
 *
 * <p>Never throws and never logs: the payload is personal data, and a kiosk must answer every
 * scan with a result. Anything unexpected inside counts as {@link RejectionReason#GARBLED}.
 */
public final class CccdQrReader implements IdentityReader {

    /** VietQR and every other EMVCo payment code opens with "payload format indicator 01". */
    private static final String EMV_PAYLOAD_START = "000201";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    private final Clock clock;
    private final ScanTextDecoder decoder;

    /** A reader for scanners that send UTF-8 bytes (virtual COM / HID-POS mode). */
    public CccdQrReader(Clock clock) {
        this(clock, new StrictUtf8Decoder());
    }

    public CccdQrReader(Clock clock, ScanTextDecoder decoder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public ScanResult read(byte[] raw) {
        try {
            return classify(raw);
        } catch (RuntimeException unexpected) {
            // A parser bug must not stop the kiosk; the patient is told to try again or go to the counter.
            return rejected(RejectionReason.GARBLED);
        }
    }

    private ScanResult classify(byte[] raw) {
        if (raw == null) {
            return rejected(RejectionReason.GARBLED);
        }
        Optional<ScanTextDecoder.DecodedText> decoded = decoder.decode(raw);
        if (decoded.isEmpty()) {
            return rejected(RejectionReason.GARBLED);
        }
        String text = ScanText.clean(decoded.get().text());
        if (decoded.get().cutMidCharacter()) {
            boolean idCutShort = startsLikeAnIdPayload(text) && !ScanText.hasUnprintable(text);
            return rejected(idCutShort ? RejectionReason.TRUNCATED : RejectionReason.GARBLED);
        }
        if (text.startsWith(EMV_PAYLOAD_START)) {
            return rejected(RejectionReason.BANK_PAYMENT_QR);
        }
        if (isWebAddress(text)) {
            return rejected(RejectionReason.URL);
        }
        // Checked before the ID shape, not after: a payload that looks like an ID but carries
        // control characters must never reach a registration form.
        if (ScanText.hasUnprintable(text)) {
            return rejected(RejectionReason.GARBLED);
        }
        if (!startsLikeAnIdPayload(text)) {
            return rejected(RejectionReason.NOT_AN_ID);
        }
        String[] fields = text.split("\\|", -1);
        if (fields.length < CccdPayload.FIELD_COUNT) {
            return rejected(RejectionReason.TRUNCATED);
        }
        return CccdPayload.parse(fields, LocalDate.now(clock));
    }

    /** A first field of exactly twelve digits: the ID number that opens every CCCD payload. */
    private static boolean startsLikeAnIdPayload(String text) {
        int end = text.indexOf('|');
        String first = end < 0 ? text : text.substring(0, end);
        return TWELVE_DIGITS.matcher(first.strip()).matches();
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }

    private static ScanResult rejected(RejectionReason reason) {
        return new ScanResult.Rejected(reason);
    }
}
