package vn.tiepdon.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.testing.MovableClock;

class KioskCountsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final List<KioskEvent> events = new ArrayList<>();
    private final KioskCounts counts = new KioskCounts("K01", events::add, clock);

    @TempDir
    Path dataDir;

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

    @Test
    void paymentsAreCountedAsTheDeskChangesThemAndAReShownCodeIsNotANewRequest() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            PaymentDesk desk = countedDesk(database);

            desk.request(150_000, "K01-1", "");
            desk.reshow("K01-1");
            clock.advance(Duration.ofSeconds(40));
            desk.receive(new TransferNotification("FT1", 150_000, "K01-1", clock.instant()));
            desk.request(90_000, "K01-2", "");
            desk.markPaid("K01-2", PaymentOutcome.Method.CASH, "tiền mặt");
            desk.request(90_000, "K01-3", "");
            clock.advance(Duration.ofMinutes(6));
            desk.expireDue();
            desk.reshow("K01-3");
            desk.cancel("K01-3", "người bệnh về");
        }

        assertThat(events).extracting(KioskEvent::kind, KioskEvent::subject, KioskEvent::amountDong).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 150_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_PAID, "QR", 150_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_PAID, "CASH", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_EXPIRED, "QR", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_CANCELLED, "QR", 90_000L));
        assertThat(events.get(1).millis()).as("time to pay").hasValue(40_000);
    }

    @Test
    void lateMoneyIsCountedOnceWhenRecordedAsThePaymentAndNeverWhenRefunded() {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            PaymentDesk desk = countedDesk(database);
            desk.request(150_000, "K01-1", "");
            desk.cancel("K01-1", "Thanh toán tại quầy");
            desk.receive(new TransferNotification("FT1", 150_000, "K01-1", clock.instant()));
            desk.receive(new TransferNotification("FT1", 150_000, "K01-1", clock.instant()));
            desk.request(90_000, "K01-2", "");
            desk.receive(new TransferNotification("FT2", 90_000, "K01-2", clock.instant()));
            desk.receive(new TransferNotification("FT3", 90_000, "K01-2", clock.instant()));

            desk.handleLate("FT1", LateTransfer.Handling.RECORDED, "Khách chuyển sau khi chọn trả tại quầy");
            desk.handleLate("FT3", LateTransfer.Handling.REFUND, "Trả hai lần");
        }

        assertThat(events).extracting(KioskEvent::kind, KioskEvent::subject, KioskEvent::amountDong).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 150_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_CANCELLED, "QR", 150_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_PAID, "QR", 90_000L),
                org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_PAID, "MANUAL", 150_000L));
    }

    private PaymentDesk countedDesk(KioskDatabase database) {
        PaymentDesk desk = new PaymentDesk(new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT,
                Optional.empty(), Duration.ofMinutes(5)), new SqlitePaymentOrders(database, ZoneId.of("UTC")), clock);
        desk.addListener(counts);
        return desk;
    }
}
