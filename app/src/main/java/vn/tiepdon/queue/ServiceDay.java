package vn.tiepdon.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Which queue day a moment belongs to. Hospitals that open before midnight's numbering
 * would suit them (night shifts, early queues) set a start hour: until that hour the
 * numbers still belong to the previous day.
 */
public final class ServiceDay {

    private ServiceDay() {
    }

    /**
     * @param dayStartHour 0–23; with 5, 04:59 on the 2nd belongs to the 1st and 05:00 to the 2nd
     */
    public static LocalDate of(LocalDateTime moment, int dayStartHour) {
        requireValidHour(dayStartHour);
        LocalDate calendarDay = moment.toLocalDate();
        return moment.getHour() < dayStartHour ? calendarDay.minusDays(1) : calendarDay;
    }

    public static void requireValidHour(int dayStartHour) {
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0–23, was " + dayStartHour);
        }
    }
}
