package vn.tiepdon.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PriorityRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "born {0}: priority {1}")
    @CsvSource({
            "2026-11-25, true",   // born today
            "2020-11-26, true",   // 5 years old, 6 tomorrow
            "2020-11-25, false",  // 6 today
            "1990-08-15, false",
            "1951-11-26, false",  // 74, 75 tomorrow
            "1951-11-25, true",   // 75 today
            "1930-01-01, true"})
    void childrenUnderSixAndPeopleFromSeventyFiveComeFirst(LocalDate born, boolean priority) {
        assertThat(PriorityRule.LAW_2023.isPriority(born, TODAY)).isEqualTo(priority);
    }

    @Test
    void aLeapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
        assertThat(PriorityRule.ageInYears(LocalDate.of(2020, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo(5);
        assertThat(PriorityRule.ageInYears(LocalDate.of(2020, 2, 29), LocalDate.of(2026, 3, 1))).isEqualTo(6);
    }

    @Test
    void theAgesAreConfigurableButMustMakeSense() {
        assertThat(new PriorityRule(7, 80).isPriority(LocalDate.of(2020, 1, 1), TODAY)).isTrue();
        assertThat(new PriorityRule(7, 80).isPriority(LocalDate.of(1950, 1, 1), TODAY)).isFalse();
        assertThatThrownBy(() -> new PriorityRule(80, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
