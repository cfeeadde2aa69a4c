package vn.tiepdon.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** The two date spellings identity QRs use: {@code ddMMyyyy} on the CCCD, {@code dd/MM/yyyy} on BHYT. */
final class CardDates {

    private static final Pattern CCCD_SHAPE = Pattern.compile("[0-9]{8}");
    private static final Pattern BHYT_SHAPE = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}");
    private static final DateTimeFormatter CCCD =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter BHYT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private CardDates() {
    }

    static Optional<LocalDate> cccd(String text) {
        return parse(text, CCCD_SHAPE, CCCD);
    }

    static Optional<LocalDate> bhyt(String text) {
        return parse(text, BHYT_SHAPE, BHYT);
    }

    private static Optional<LocalDate> parse(String text, Pattern shape, DateTimeFormatter format) {
        // The shape check first: it is cheap, and it keeps 31/02 and friends the formatter's only job.
        if (!shape.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
