package vn.tiepdon.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads every identity QR a patient may hold: the chip CCCD (2021–2024), the thẻ Căn cước (from
 * July 2024), the VNeID identity QR, and the BHYT card printed or in VssID. Decodes the bytes,
 * removes what the scanner added, tells ID payloads from the codes patients show by mistake, then
 * parses and cross-checks the fields.
 *
 * <p>Classification, in this order:
 * <ol>
 *   <li>Strip BOM, terminators, spaces and an AIM identifier ({@code ]Q1}). Three lines of 30
 *       MRZ characters → {@link RejectionReason#MRZ}. Otherwise each non-empty line is a scan of its
 *       own: the first line that reads as a document wins, else the first line's rejection counts.</li>
 *   <li>{@code 000201…} → {@link RejectionReason#BANK_PAYMENT_QR}; a web address → {@link RejectionReason#URL}.</li>
 *   <li>Ends with {@code |$}, or opens with a BHYT card number and a hex field → BHYT.</li>
 *   <li>Opens with a 12-digit field and has at least 7 fields → CCCD; six fields ending in a whole date
 *       (the sample format without the CMND slot) → {@link RejectionReason#NOT_AN_ID}; a bare 12-digit
 *       number or BHYT card number, or an ID payload with too few fields → {@link RejectionReason#TRUNCATED}.</li>
 *   <li>A long opaque token (no spaces, no separators, letters and digits) → {@link RejectionReason#UNSUPPORTED_TOKEN};
 *       anything else → {@link RejectionReason#NOT_AN_ID}.</li>
 * </ol>
 *
 * <p>Never throws and never logs: the payload is personal data, and a kiosk must answer every
 * scan with a result. Anything unexpected inside counts as {@link RejectionReason#GARBLED}.
 */
public final class IdentityQrReader implements IdentityReader {

    /** VietQR and every other EMVCo payment code opens with "payload format indicator 01". */
    private static final String EMV_PAYLOAD_START = "000201";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    private static final Pattern MRZ_LINE = Pattern.compile("[A-Z0-9<]{30}");
    /** Base64, base64url and JWT alphabets; long enough that no name, number or word matches by chance. */
    private static final Pattern OPAQUE_TOKEN = Pattern.compile("[A-Za-z0-9+/=_.~-]{32,}");
    private static final int MRZ_LINES = 3;

    private final Clock clock;
    private final ScanTextDecoder decoder;
    private final ScanTextDecoder keyboardDecoder = new AutoDetectDecoder();

    /** A reader that detects the scanner's encoding ({@link ScanEncoding#AUTO}). */
    public IdentityQrReader(Clock clock) {
        this(clock, ScanEncoding.AUTO);
    }

    /** A reader for the encoding chosen in the settings. */
    public IdentityQrReader(Clock clock, ScanEncoding encoding) {
        this(clock, Objects.requireNonNull(encoding, "encoding").decoder());
    }

    public IdentityQrReader(Clock clock, ScanTextDecoder decoder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public ScanResult read(byte[] raw) {
        return read(raw, ScanChannel.SERIAL);
    }

    /**
     * Reads one scan. {@link ScanChannel#KEYBOARD} input is the typed characters as UTF-8; it is decoded
     * without the configured code page (the keyboard already produced characters) and may be accepted
     * with {@link IdentityDocument#nameUnverified()} when letters were lost (see {@link KeyboardLoss}).
     */
    @Override
    public ScanResult read(byte[] raw, ScanChannel channel) {
        try {
            return readUnguarded(raw, channel);
        } catch (RuntimeException unexpected) {
            // A parser bug must not stop the kiosk; the patient is told to try again or go to the counter.
            return rejected(RejectionReason.GARBLED);
        }
    }

    /** {@link #read(byte[], ScanChannel)} without the safety net, so that tests see any parser bug. */
    ScanResult readUnguarded(byte[] raw, ScanChannel channel) {
        return classify(raw, channel == null ? ScanChannel.SERIAL : channel);
    }

    private ScanResult classify(byte[] raw, ScanChannel channel) {
        if (raw == null) {
            return rejected(RejectionReason.GARBLED);
        }
        Optional<ScanTextDecoder.DecodedText> decoded =
                (channel == ScanChannel.KEYBOARD ? keyboardDecoder : decoder).decode(raw);
        if (decoded.isEmpty()) {
            return rejected(RejectionReason.GARBLED);
        }
        String text = ScanText.clean(decoded.get().text());
        if (decoded.get().cutMidCharacter()) {
            boolean idCutShort = startsLikeAPayload(text) && !ScanText.hasUnprintable(text);
            return rejected(idCutShort ? RejectionReason.TRUNCATED : RejectionReason.GARBLED);
        }
        List<String> lines = ScanText.lines(text);
        if (lines.isEmpty()) {
            return rejected(RejectionReason.NOT_AN_ID);
        }
        if (isMrz(lines)) {
            return rejected(RejectionReason.MRZ);
        }
        ScanResult first = null;
        for (String line : lines) {
            ScanResult result = classifyLine(line, channel);
            if (result instanceof ScanResult.Accepted) {
                return result;
            }
            if (first == null) {
                first = result;
            }
        }
        return first;
    }

    private ScanResult classifyLine(String text, ScanChannel channel) {
        if (text.startsWith(EMV_PAYLOAD_START)) {
            return rejected(RejectionReason.BANK_PAYMENT_QR);
        }
        if (isWebAddress(text)) {
            return rejected(RejectionReason.URL);
        }
        // Checked before the ID shape, not after: a payload that looks like an ID but carries
        // control characters must never reach a registration form. A keyboard scan may carry
        // U+FFFD for a letter it could not type; the CCCD rules decide what that means.
        boolean junk = channel == ScanChannel.KEYBOARD ? ScanText.hasControlOrJunk(text) : ScanText.hasUnprintable(text);
        if (junk) {
            return rejected(RejectionReason.GARBLED);
        }
        String[] fields = text.split("\\|", -1);
        String first = fields[0].strip();
        if (isBhyt(text, fields, first)) {
            return BhytPayload.parse(fields, today());
        }
        if (TWELVE_DIGITS.matcher(first).matches()) {
            if (fields.length >= CccdPayload.FIELD_COUNT) {
                return CccdPayload.parse(fields, today(), channel);
            }
            return rejected(isSixFieldSample(fields) ? RejectionReason.NOT_AN_ID : RejectionReason.TRUNCATED);
        }
        if (BhytPayload.OLD_CARD_NUMBER.matcher(first).matches() && restIsBlank(fields)) {
            return rejected(RejectionReason.TRUNCATED);
        }
        if (fields.length == 1 && OPAQUE_TOKEN.matcher(text).matches() && hasLettersAndDigits(text)) {
            return rejected(RejectionReason.UNSUPPORTED_TOKEN);
        }
        return rejected(RejectionReason.NOT_AN_ID);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Six fields ending in a whole date: the format of hobby projects and printed samples (no CMND
     * slot), not of a real card. Complete, so not a cut scan, and its fields are not guessed at.
     */
    private static boolean isSixFieldSample(String[] fields) {
        String last = fields[fields.length - 1].strip();
        return fields.length == CccdPayload.FIELD_COUNT - 1
                && (CardDates.cccd(last).isPresent() || CardDates.bhyt(last).isPresent());
    }

    /** Ends with the {@code $} field, or opens with a card number followed by a hex name (cut before the end). */
    private static boolean isBhyt(String text, String[] fields, String first) {
        if (text.endsWith("|$")) {
            return true;
        }
        boolean cardNumber = BhytPayload.OLD_CARD_NUMBER.matcher(first).matches()
                || BhytPayload.NEW_CARD_NUMBER.matcher(first).matches();
        return cardNumber && fields.length > 1 && HexText.looksHex(fields[1].strip());
    }

    /** A first field of exactly twelve digits or a BHYT card number: the start of an ID payload. */
    private static boolean startsLikeAPayload(String text) {
        int end = text.indexOf('|');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        return TWELVE_DIGITS.matcher(first).matches()
                || BhytPayload.OLD_CARD_NUMBER.matcher(first).matches()
                || (end > 0 && BhytPayload.NEW_CARD_NUMBER.matcher(first).matches());
    }

    /** The three 30-character lines on the back of a CCCD (ICAO TD1), read as text by an OCR-capable scanner. */
    private static boolean isMrz(List<String> lines) {
        return lines.size() == MRZ_LINES && lines.stream().allMatch(line -> MRZ_LINE.matcher(line).matches());
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }

    private static boolean restIsBlank(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLettersAndDigits(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().anyMatch(Character::isDigit);
    }

    private static ScanResult rejected(RejectionReason reason) {
        return new ScanResult.Rejected(reason);
    }
}
