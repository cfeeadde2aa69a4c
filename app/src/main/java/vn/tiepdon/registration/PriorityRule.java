package vn.tiepdon.registration;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Who is seen first. The Law on Medical Examination and Treatment 2023 gives priority to, among
 * others, children under 6 and people aged 75 and over; both ages are configurable because a
 * hospital's own rules may add to them. Other priority groups (pregnant women, people with severe
 * disabilities, meritorious people) cannot be read from a card and are handled at the counter.
 */
public record PriorityRule(int childrenUnderYears, int eldersFromYears) {

    public static final PriorityRule LAW_2023 = new PriorityRule(6, 75);

    public PriorityRule {
        if (childrenUnderYears < 0 || eldersFromYears <= childrenUnderYears) {
            throw new IllegalArgumentException("priority ages must satisfy 0 <= children < elders, were "
                    + childrenUnderYears + " and " + eldersFromYears);
        }
    }

    public boolean isPriority(LocalDate dateOfBirth, LocalDate today) {
        return reason(dateOfBirth, today).isPresent();
    }

    /** Why someone born on that day is served first today, if they are: shown on screen and printed on the ticket. */
    public Optional<Priority> reason(LocalDate dateOfBirth, LocalDate today) {
        int age = ageInYears(dateOfBirth, today);
        if (age < childrenUnderYears) {
            return Optional.of(new Priority(Priority.Reason.CHILD, childrenUnderYears));
        }
        if (age >= eldersFromYears) {
            return Optional.of(new Priority(Priority.Reason.ELDER, eldersFromYears));
        }
        return Optional.empty();
    }

    /** Completed years, as a birthday is counted: the day before the 6th birthday the child is 5. */
    public static int ageInYears(LocalDate dateOfBirth, LocalDate today) {
        return Math.max(0, Period.between(dateOfBirth, today).getYears());
    }
}
