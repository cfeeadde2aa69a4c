package vn.tiepdon.identity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The QR of a health-insurance card (thẻ BHYT), printed or in the VssID app: pipe-separated, Vietnamese
 * text as hex UTF-8, {@code dd/MM/yyyy} dates, {@code -} for empty, closed by a {@code $} field.
 *
 * <pre>
 * idx  old template (15-char card number)     2021 template (10-digit mã số BHXH)
 *  0   card number                             social-insurance number
 *  1   name (hex)                              name (hex)
 *  2   date of birth                           date of birth
 *  3   sex 1 = male, 2 = female                sex
 *  4   address (hex)                           "-"
 *  5   facility: province "PP" + " - " + code  facility (e.g. "01 - C54")
 *  6   valid from                              valid from
 *  7   valid to, or "-"                        valid to, or "-"
 *  8   issue date                              issue date
 *  9   management code                         14-digit code
 * 10   parent's name (hex) or "-"              parent's name (hex) or "-"
 * 11   small code                              small code
 * 12   five-years-continuous date or "-"       same
 * 13   insurer's check string                  check string
 * 14   "$"                                     benefit digit
 * 15                                           issuing office (hex)
 * 16                                           "$"
 * </pre>
 * Fields 0–8 are required; later ones are read when present (some old cards are shorter). Data
 * checks come first and the validity check last, so "expired" is only said of a card that is sound.
 */
final class BhytPayload {

    private static final int CARD = 0;
    private static final int NAME = 1;
    private static final int BIRTH = 2;
    private static final int SEX = 3;
    private static final int ADDRESS = 4;
    private static final int FACILITY = 5;
    private static final int VALID_FROM = 6;
    private static final int VALID_TO = 7;
    private static final int ISSUED = 8;
    private static final int PARENT = 10;
    private static final int CHECK_STRING = 13;
    private static final int ISSUING_OFFICE = 15;
    private static final int REQUIRED_FIELDS = ISSUED + 1;

    static final Pattern OLD_CARD_NUMBER = Pattern.compile("[A-Za-z]{2}[1-5][0-9]{12}");
    static final Pattern NEW_CARD_NUMBER = Pattern.compile("[0-9]{10}");
    /**
     * Province digits, then the facility's own three characters, which carry letters on real cards
     * ({@code 01 - C54}). The kiosk does not use the code, so any letter or digit there is accepted.
     */
    private static final Pattern FACILITY_CODE =
            Pattern.compile("([0-9]{2}) *- *([0-9A-Za-z]{3})|([0-9]{2}[0-9A-Za-z]{3})");
    private static final String EMPTY = "-";
    private static final String END = "$";

    private BhytPayload() {
    }

    static ScanResult parse(String[] allFields, LocalDate today) {
        int end = allFields.length - 1;
        while (end > 0 && allFields[end].isBlank()) {
            end--;
        }
        if (!allFields[end].strip().equals(END)) {
            return rejected(RejectionReason.TRUNCATED);
        }
        // Card number letters upper-cased: Caps Lock on a keyboard-wedge scanner inverts them.
        String card = allFields[CARD].strip().toUpperCase(Locale.ROOT);
        if (end < REQUIRED_FIELDS
                || !(OLD_CARD_NUMBER.matcher(card).matches() || NEW_CARD_NUMBER.matcher(card).matches())) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        Optional<String> name = text(allFields[NAME]);
        Optional<String> address = optionalText(allFields[ADDRESS]);
        Optional<String> parent = end > PARENT ? optionalText(allFields[PARENT]) : Optional.of("");
        Optional<String> office = end > ISSUING_OFFICE ? optionalText(allFields[ISSUING_OFFICE]) : Optional.of("");
        if (name.isEmpty() || address.isEmpty() || parent.isEmpty() || office.isEmpty()) {
            return rejected(RejectionReason.GARBLED);
        }
        Optional<Sex> sex = sex(allFields[SEX].strip());
        Optional<String> facility = facility(allFields[FACILITY].strip());
        if (name.get().isEmpty() || sex.isEmpty() || facility.isEmpty()) {
            return rejected(RejectionReason.CHECK_FAILED);
        }
        Optional<LocalDate> birth = CardDates.bhyt(allFields[BIRTH].strip());
        Optional<LocalDate> from = CardDates.bhyt(allFields[VALID_FROM].strip());
        String toText = allFields[VALID_TO].strip();
        Optional<LocalDate> to = toText.equals(EMPTY) ? Optional.empty() : CardDates.bhyt(toText);
        Optional<LocalDate> issued = CardDates.bhyt(allFields[ISSUED].strip());
        if (birth.isEmpty() || from.isEmpty() || issued.isEmpty() || (!toText.equals(EMPTY) && to.isEmpty())
                || birth.get().isAfter(today) || issued.get().isAfter(today)
                || to.map(t -> t.isBefore(from.get())).orElse(false)) {
            return rejected(RejectionReason.BAD_DATE);
        }
        String checkString = end > CHECK_STRING ? allFields[CHECK_STRING].strip() : "";
        HealthInsuranceCard document = new HealthInsuranceCard(card, name.get(), birth.get(), sex.get(), address.get(),
                facility.get(), from.get(), to, issued.get(), checkString, false);
        if (!document.validOn(today)) {
            return rejected(RejectionReason.EXPIRED_CARD);
        }
        return new ScanResult.Accepted(document);
    }

    /** A required hex text field, decoded and tidied; empty when the hex or its UTF-8 is broken. */
    private static Optional<String> text(String field) {
        return HexText.decode(field.strip())
                .filter(decoded -> !ScanText.hasUnprintable(decoded))
                .map(ScanText::tidy);
    }

    /** Like {@link #text} but {@code -} or nothing reads as an empty text. */
    private static Optional<String> optionalText(String field) {
        String stripped = field.strip();
        return stripped.isEmpty() || stripped.equals(EMPTY) ? Optional.of("") : text(stripped);
    }

    private static Optional<Sex> sex(String field) {
        return switch (field) {
            case "1" -> Optional.of(Sex.MALE);
            case "2" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    /**
     * {@code 01 - 001} → {@code 01001}, {@code 01 - c54} → {@code 01C54}: province and facility, the form HIS
     * systems key on; letters upper-cased, since Caps Lock on a keyboard-wedge scanner inverts them.
     */
    private static Optional<String> facility(String field) {
        var matcher = FACILITY_CODE.matcher(field);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = matcher.group(3) != null ? matcher.group(3) : matcher.group(1) + matcher.group(2);
        return Optional.of(code.toUpperCase(Locale.ROOT));
    }

    private static ScanResult rejected(RejectionReason reason) {
        return new ScanResult.Rejected(reason);
    }
}
