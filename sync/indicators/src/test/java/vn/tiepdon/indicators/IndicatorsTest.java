package vn.tiepdon.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edge cases a month of data does not pin down. */
class IndicatorsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static EventTotal total(EventKind kind, String subject, long count) {
        return new EventTotal(DAY, 8, kind, subject, 0, count, 0, 0);
    }

    @Test
    void nothingToDivideGivesNoShareRatherThanZero() {
        Indicators none = Indicators.of(List.of(), List.of());

        assertThat(none.citizenIdShare()).isEmpty();
        assertThat(none.rejectionRate()).isEmpty();
        assertThat(none.medianSecondsScanToTicket()).isEmpty();
        assertThat(none.uptime("printer")).isEmpty();
        assertThat(none.rejectionRateByReason()).isEmpty();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        Indicators four = Indicators.of(List.of(), List.of(
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 10, 1),
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 20, 2),
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 90, 1),
                new DurationCount(DAY, EventKind.PAYMENT_PAID, 1, 50)));
        Indicators three = Indicators.of(List.of(), List.of(
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 10, 1),
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 31, 1),
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 90, 1)));

        assertThat(four.medianSecondsScanToTicket()).hasValue(20.0);
        assertThat(three.medianSecondsScanToTicket()).hasValue(31.0);
        assertThat(Indicators.of(List.of(), List.of(new DurationCount(DAY, EventKind.TICKET_PRINTED, 10, 1),
                new DurationCount(DAY, EventKind.TICKET_PRINTED, 15, 1))).medianSecondsScanToTicket())
                .hasValue(12.5);
    }

    @Test
    void anOutageLongerThanTheRunningTimeIsZeroUptimeNotNegative() {
        Indicators indicators = Indicators.of(List.of(
                new EventTotal(DAY, 8, EventKind.APP_RUNNING, "", 0, 1, 0, 600_000),
                new EventTotal(DAY, 8, EventKind.DEVICE_RESTORED, "printer", 0, 1, 0, 900_000)), List.of());

        assertThat(indicators.uptime("printer")).hasValue(0.0);
    }

    @Test
    void registrationsAreCountedByDocumentAndPriority() {
        Indicators indicators = Indicators.of(List.of(
                total(EventKind.REGISTRATION, "CCCD_VNEID", 3),
                new EventTotal(DAY, 9, EventKind.REGISTRATION, "CCCD_VNEID", 1, 1, 0, 0),
                total(EventKind.REGISTRATION, "BHYT", 2),
                total(EventKind.REGISTRATION, "NONE", 2)), List.of());

        assertThat(indicators.registrations()).isEqualTo(8);
        assertThat(indicators.registrations(DocumentSubject.CCCD_VNEID)).isEqualTo(4);
        assertThat(indicators.priorityRegistrations()).isEqualTo(1);
        assertThat(indicators.citizenIdShare()).hasValue(0.5);
    }

    @Test
    void dayLevelTotalsRefuseToBeSplitByHour() {
        Indicators daily = Indicators.of(List.of(new EventTotal(DAY, EventTotal.WHOLE_DAY, EventKind.TICKET_ISSUED,
                "KDV", 0, 5, 0, 0)), List.of());

        assertThat(daily.count(EventKind.TICKET_ISSUED, "KDV")).isEqualTo(5);
        assertThat(daily.services()).containsExactly("KDV");
        assertThatThrownBy(daily::ticketsByHour).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(daily::ticketsByServiceAndHour).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEventSubjectIsACodeNeverFreeText() {
        Instant now = Instant.parse("2026-11-25T01:00:00Z");
        assertThatThrownBy(() -> KioskEvent.of("K01", now, EventKind.REGISTRATION, "Nguyễn Văn A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Nguyễn");
        assertThatThrownBy(() -> KioskEvent.of("K01", now, EventKind.REGISTRATION, "CCCD_001234567890"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("001234567890");
        assertThatThrownBy(() -> KioskEvent.of("K01", now, EventKind.REGISTRATION, "x".repeat(41)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KioskEvent.of("K01", now, EventKind.SCAN_REJECTED, "BANK_PAYMENT_QR").subject())
                .isEqualTo("BANK_PAYMENT_QR");
    }
}
