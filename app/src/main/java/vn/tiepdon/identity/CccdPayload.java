package vn.tiepdon.identity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The seven pipe-separated fields of a CCCD QR: number, old CMND number, name, date of birth,
 * sex, address, issue date. The 2024 thẻ Căn cước and the VNeID identity QR use the same shape.
 * Fields are taken by position only; formats that differ (six fields, labelled text, slashed
 * dates) are rejected rather than guessed at. Empty trailing fields (newer cards) are ignored.
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

    /** Chip cards, the first to carry this QR, were issued from 2021; the 2016 barcode cards had none. */
    private static final LocalDate FIRST_CHIP_CARDS = LocalDate.of(2021, 1, 1);

    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern SOME_DIGITS = Pattern.compile("[0-9]*");

    private CccdPayload() {
    }

    /** {@code fields} holds at least {@link #FIELD_COUNT} entries and a 12-digit first field. */
    static ScanResult parse(String[] fields, LocalDate today, ScanChannel channel) {
        String id = fields[ID].strip();
        String oldId = fields[OLD_ID].strip();
        String issuedText = fields[ISSUED].strip();
        if (looksCutOff(fields, issuedText)) {
            return rejected(RejectionReason.TRUNCATED);
        }
        if (!oldId.isEmpty() && !NINE_DIGITS.matcher(oldId).matches()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        String name = ScanText.tidy(fields[NAME]);
        if (name.isEmpty()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        boolean keyboard = channel == ScanChannel.KEYBOARD;
        String sexField = ScanText.tidy(fields[SEX]);
        boolean sexDamaged = keyboard && KeyboardLoss.isDamagedFemale(sexField);
        Optional<Sex> sex = sexDamaged ? Optional.of(Sex.FEMALE) : sex(sexField);
        if (sex.isEmpty()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        Optional<LocalDate> birth = CardDates.cccd(fields[BIRTH].strip());
        Optional<LocalDate> issued = CardDates.cccd(issuedText);
        if (birth.isEmpty() || issued.isEmpty()
                || birth.get().isAfter(today)
                || issued.get().isAfter(today)
                || issued.get().isBefore(birth.get())
                || issued.get().isBefore(FIRST_CHIP_CARDS)) {
            return rejected(RejectionReason.BAD_DATE);
        }
        if (!IdNumberChecks.consistent(id, sex.get(), birth.get())) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        String address = ScanText.tidy(fields[ADDRESS]);
        boolean nameUnverified = keyboard
                ? KeyboardLoss.nameUnverified(name, address, sexField.equalsIgnoreCase("nữ"), sexDamaged)
                : KeyboardLoss.hasLostLetterMarks(name);
        return new ScanResult.Accepted(new CitizenId(id, oldId, name, birth.get(), sex.get(),
                address, issued.get(), nameUnverified));
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

    private static Optional<Sex> sex(String field) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "nam" -> Optional.of(Sex.MALE);
            case "nữ" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    private static ScanResult rejected(RejectionReason reason) {
        return new ScanResult.Rejected(reason);
    }
}
