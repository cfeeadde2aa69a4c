package vn.tiepdon.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How dates and times are written in the database: fixed-width ISO text, so that sorting
 * and comparing the text is the same as comparing the moments, and a person reading the
 * file with the sqlite3 tool understands it.
 */
final class StoredTimes {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private StoredTimes() {
    }

    static String day(LocalDate day) {
        return day.toString();
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    /** The moment as the database will give it back (to the millisecond), so a fresh ticket equals a re-read one. */
    static LocalDateTime storable(LocalDateTime moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS);
    }

    static String moment(LocalDateTime moment) {
        return MOMENT.format(moment);
    }

    /** An instant, in UTC, as {@code events.at} holds it. */
    static String instant(java.time.Instant instant) {
        return moment(storable(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)));
    }

    static java.time.Instant instant(String text) {
        return moment(text).toInstant(java.time.ZoneOffset.UTC);
    }

    static LocalDateTime moment(String text) {
        return LocalDateTime.parse(text, MOMENT);
    }
}
