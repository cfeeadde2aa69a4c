package vn.tiepdon.identity;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The seven pipe-separated fields of a CCCD QR: number, old CMND number, name, date of birth,
 * sex, address, issue date. Fields are taken by position only; formats that differ (six fields,
 * labelled text, slashed dates) are rejected rather than guessed at.
 */
final class CccdPayload {

    static final int FIELD_COUNT = 7;

    private static final int ID = 0;
    private static final int OLD_ID = 1;
    private static final int NAME = 2;
    private static final int BIRTH = 3;
    private static final int SEX = 4;
    private static final int ADDRESS = 5;
    private static final int ISSUED = 6;

    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");
    private static final Pattern SOME_DIGITS = Pattern.compile("[0-9]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final DateTimeFormatter CARD_DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private CccdPayload() {
    }

    /** {@code fields} holds at least {@link #FIELD_COUNT} entries and a 12-digit first field. */
    static ScanResult parse(String[] fields, LocalDate today) {
        String id = fields[ID].strip();
        String oldId = fields[OLD_ID].strip();
        String issuedText = fields[ISSUED].strip();
        if (looksCutOff(fields, issuedText)) {
            return rejected(RejectionReason.TRUNCATED);
        }
        if (!oldId.isEmpty() && !NINE_DIGITS.matcher(oldId).matches()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        String name = tidy(fields[NAME]);
        if (name.isEmpty()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        Optional<Sex> sex = sex(fields[SEX]);
        if (sex.isEmpty()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        Optional<LocalDate> birth = date(fields[BIRTH].strip());
        Optional<LocalDate> issued = date(issuedText);
        if (birth.isEmpty() || issued.isEmpty()
                || birth.get().isAfter(today)
                || issued.get().isAfter(today)
                || issued.get().isBefore(birth.get())) {
            return rejected(RejectionReason.BAD_DATE);
        }
        if (!IdNumberChecks.consistent(id, sex.get(), birth.get())) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        return new ScanResult.Accepted(new CitizenId(id, oldId, name, birth.get(), sex.get(),
                tidy(fields[ADDRESS]), issued.get()));
    }

    /**
     * A scan cut inside the last field leaves a short run of digits (or nothing) where the issue
     * date should be, and nothing after it: that is a truncation, not a wrong date.
     */
    private static boolean looksCutOff(String[] fields, String issuedText) {
        for (int i = ISSUED + 1; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return issuedText.length() < 8 && SOME_DIGITS.matcher(issuedText).matches();
    }

    private static Optional<LocalDate> date(String text) {
        if (!EIGHT_DIGITS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, CARD_DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Sex> sex(String field) {
        return switch (tidy(field).toLowerCase(Locale.ROOT)) {
            case "nam" -> Optional.of(Sex.MALE);
            case "nữ" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    /** NFC so that names compare equal however the card encoded the diacritics; single spaces. */
    private static String tidy(String field) {
        String composed = Normalizer.normalize(field, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    private static ScanResult rejected(RejectionReason reason) {
        return new ScanResult.Rejected(reason);
    }
}
