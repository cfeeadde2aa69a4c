package vn.tiepdon.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.payment.OrderChange;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.testing.MovableClock;

class KioskCountsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final List<KioskEvent> events = new ArrayList<>();
    private final KioskCounts counts = new KioskCounts("K01", events::add, clock);

    @Test
    void happeningsBecomeEventsWithTheSubjectsTheIndicatorsExpect() {
        counts.scanAccepted(DocumentKind.CITIZEN_ID);
        counts.scanRejected(RejectionReason.BANK_PAYMENT_QR);
        Instant scanned = clock.instant();
        events.add(CountedEvents.registration("K01", scanned, Optional.of(DocumentKind.HEALTH_INSURANCE), true));
        events.add(CountedEvents.registration("K01", scanned, Optional.empty(), false));
        events.add(CountedEvents.ticketIssued("K01", scanned, "KDV"));
        events.add(CountedEvents.printOutcome("K01", scanned.plusSeconds(23), "KDV", PrintState.ISSUED,
                PrintState.PRINTED, Optional.of(scanned)).orElseThrow());

        assertThat(events).extracting(KioskEvent::kind, KioskEvent::subject, KioskEvent::flag).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.SCAN_ACCEPTED, "CCCD_VNEID", 0),
                org.assertj.core.groups.Tuple.tuple(EventKind.SCAN_REJECTED, "BANK_PAYMENT_QR", 0),
                org.assertj.core.groups.Tuple.tuple(EventKind.REGISTRATION, "BHYT", 1),
                org.assertj.core.groups.Tuple.tuple(EventKind.REGISTRATION, "NONE", 0),
                org.assertj.core.groups.Tuple.tuple(EventKind.TICKET_ISSUED, "KDV", 0),
                org.assertj.core.groups.Tuple.tuple(EventKind.TICKET_PRINTED, "KDV", 0));
        assertThat(events.getLast().millis()).hasValue(23_000);
        assertThat(events).allSatisfy(e -> assertThat(e.kioskId()).isEqualTo("K01"));
    }

    @Test
    void aPrintOutcomeIsCountedOnEveryChangeOfStateSoTheCountsFollowTheLedger() {
        Instant at = clock.instant();
        // ISSUED -> NOT_PRINTED (paper out) -> PRINTED (reprint) -> NOT_PRINTED (a reprint that failed) -> same again
        List<Optional<KioskEvent>> outcomes = List.of(
                CountedEvents.printOutcome("K01", at, "KDV", PrintState.ISSUED, PrintState.NOT_PRINTED,
                        Optional.of(at)),
                CountedEvents.printOutcome("K01", at, "KDV", PrintState.NOT_PRINTED, PrintState.PRINTED,
                        Optional.of(at)),
                CountedEvents.printOutcome("K01", at, "KDV", PrintState.PRINTED, PrintState.NOT_PRINTED,
                        Optional.of(at)),
                CountedEvents.printOutcome("K01", at, "KDV", PrintState.NOT_PRINTED, PrintState.NOT_PRINTED,
                        Optional.of(at)));

        assertThat(outcomes).extracting(o -> o.map(e -> e.kind() + "/" + e.flag()).orElse("none"))
                .containsExactly("TICKET_FAILED/0", "TICKET_PRINTED/1", "TICKET_FAILED/1", "none");
        assertThat(outcomes.get(1).orElseThrow().millis()).as("only a first print measures scan to ticket")
                .isEmpty();
    }

    @Test
    void aDeviceOutageIsAFaultThenARestoreWithItsLength() {
        counts.device("printer", true);
        counts.device("printer", false);
        counts.device("printer", false);
        clock.advance(Duration.ofMinutes(7));
        counts.device("printer", true);

        assertThat(events).extracting(KioskEvent::kind)
                .containsExactly(EventKind.DEVICE_FAULT, EventKind.DEVICE_RESTORED);
        assertThat(events.getLast().millis()).hasValue(Duration.ofMinutes(7).toMillis());
    }

    /** Kind, flag and millis of each event, for the device and running time tests. */
    private List<String> written() {
        return events.stream().map(e -> e.kind() + "/" + e.flag() + "/" + e.millis().orElse(-1)).toList();
    }

    private static long minutes(int minutes) {
        return Duration.ofMinutes(minutes).toMillis();
    }

    @Test
    void theEndOfAnOutageCountsTheRunningTimeUpToItSoTheUptimeIsThereAtOnce() {
        counts.started();
        clock.advance(Duration.ofMinutes(5));
        counts.device("printer", false);
        clock.advance(Duration.ofMinutes(7));
        counts.device("printer", true);
        clock.advance(Duration.ofMinutes(3));
        counts.stopped();

        assertThat(written()).containsExactly("APP_START/0/-1", "DEVICE_FAULT/0/-1", "APP_RUNNING/0/" + minutes(12),
                "DEVICE_RESTORED/0/" + minutes(7), "APP_RUNNING/0/" + minutes(3), "APP_STOP/0/-1");
    }

    @Test
    void anOutageStillGoingOnIsCountedWithEachRunningReportAndAtTheStop() {
        counts.started();
        counts.device("printer", false);
        clock.advance(Duration.ofMinutes(10));
        counts.running();
        clock.advance(Duration.ofMinutes(4));
        counts.device("printer", true);
        clock.advance(Duration.ofMinutes(1));
        counts.device("scanner", false);
        clock.advance(Duration.ofMinutes(2));
        counts.stopped();

        assertThat(written()).containsExactly("APP_START/0/-1", "DEVICE_FAULT/0/-1",
                "APP_RUNNING/0/" + minutes(10), "DEVICE_RESTORED/1/" + minutes(10),
                "APP_RUNNING/0/" + minutes(4), "DEVICE_RESTORED/0/" + minutes(4),
                "DEVICE_FAULT/0/-1", "APP_RUNNING/0/" + minutes(3), "DEVICE_RESTORED/1/" + minutes(2), "APP_STOP/0/-1");
        events.clear();
        counts.started();
        counts.device("scanner", false);
        assertThat(written()).as("still out after the restart: a fault of this run").containsExactly(
                "APP_START/0/-1", "DEVICE_FAULT/0/-1");
    }

    @Test
    void withoutAStartedKioskNoRunningTimeIsCounted() {
        // A desk command prints through the same counts but is not the kiosk running.
        counts.device("printer", false);
        clock.advance(Duration.ofMinutes(1));
        counts.running();
        counts.device("printer", true);

        assertThat(events).extracting(KioskEvent::kind).doesNotContain(EventKind.APP_RUNNING);
    }

    @Test
    void scanToTicketStartsAtTheRecentScanOfThisPatientElseWhenTheNumberWasAsked() {
        Instant scanned = clock.instant();
        counts.scanAccepted(DocumentKind.CITIZEN_ID);
        clock.advance(Duration.ofSeconds(30));
        Instant asked = clock.instant();

        assertThat(counts.of(true, asked)).isEqualTo(scanned);
        assertThat(counts.of(false, asked)).as("no card: from the touch").isEqualTo(asked);
        assertThat(counts.of(true, asked.plus(Duration.ofMinutes(20))))
                .as("a scan long ago was another patient").isEqualTo(asked.plus(Duration.ofMinutes(20)));
    }

    /** An order of 150 000 đ made at the start of the test, and the order as a change left it. */
    private static final PaymentOrder BILL = new PaymentOrder("K01-1", 150_000, Instant.parse("2026-11-25T01:00:00Z"),
            Instant.parse("2026-11-25T01:05:00Z"));

    private static OrderChange change(OrderStatus from, OrderStatus to, Optional<Method> paidBy, Instant at) {
        return new OrderChange(Optional.of(from), new TrackedOrder(BILL, to, "PAYLOAD",
                OptionalLong.of(150_000), paidBy, Optional.empty()), at);
    }

    @Test
    void aNewOrderIsARequestForItsAmountAtItsCreation() {
        OrderChange opened = new OrderChange(Optional.empty(),
                new TrackedOrder(BILL, OrderStatus.OPEN, "PAYLOAD", OptionalLong.empty()), BILL.createdAt());

        assertThat(CountedEvents.paymentEvent("K01", opened)).contains(new KioskEvent("K01", BILL.createdAt(),
                EventKind.PAYMENT_REQUESTED, "QR", 0, 150_000, OptionalLong.empty()));
    }

    @Test
    void aPaymentIsCountedByItsMethodAndOnlyAQrPaymentCarriesTheTimeToPay() {
        Instant at = BILL.createdAt().plusSeconds(40);

        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.OPEN, OrderStatus.PAID, Optional.of(Method.QR),
                at))).contains(new KioskEvent("K01", at, EventKind.PAYMENT_PAID, "QR", 0, 150_000,
                OptionalLong.of(40_000)));
        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.SHORT_PAID, OrderStatus.PAID,
                Optional.of(Method.CASH), at))).contains(new KioskEvent("K01", at, EventKind.PAYMENT_PAID, "CASH", 0,
                150_000, OptionalLong.empty()));
        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.CANCELLED, OrderStatus.PAID,
                Optional.of(Method.MANUAL), at))).as("late money recorded by the cashier")
                .contains(new KioskEvent("K01", at, EventKind.PAYMENT_PAID, "MANUAL", 0, 150_000,
                        OptionalLong.empty()));
    }

    @Test
    void expiryAndCancellingCountTheBillAndAShortPaymentCountsNothingYet() {
        Instant at = BILL.expiresAt();

        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.OPEN, OrderStatus.EXPIRED, Optional.empty(),
                at))).contains(new KioskEvent("K01", at, EventKind.PAYMENT_EXPIRED, "QR", 0, 150_000,
                OptionalLong.empty()));
        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.SHORT_PAID, OrderStatus.CANCELLED,
                Optional.empty(), at))).contains(new KioskEvent("K01", at, EventKind.PAYMENT_CANCELLED, "QR", 0,
                150_000, OptionalLong.empty()));
        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.OPEN, OrderStatus.SHORT_PAID, Optional.empty(),
                at))).isEmpty();
        assertThat(CountedEvents.paymentEvent("K01", change(OrderStatus.SHORT_PAID, OrderStatus.SHORT_PAID,
                Optional.empty(), at))).as("a second transfer still short").isEmpty();
    }
}
