package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.AN;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.BINH;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanOf;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.scanRejectedFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.KioskState.Attract;
import vn.tiepdon.kiosk.KioskState.Done;
import vn.tiepdon.kiosk.KioskState.Paying;
import vn.tiepdon.kiosk.KioskState.PaymentExpired;
import vn.tiepdon.kiosk.KioskState.PrintFailed;
import vn.tiepdon.kiosk.KioskState.Printing;
import vn.tiepdon.payment.DecodeResult;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.PaymentRequest;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.queue.Service;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.testing.MovableClock;
import vn.tiepdon.ticket.PaymentMark;
import vn.tiepdon.ticket.PrintProblem;

/**
 * The paying part of the patient's path, on the real payment desk and SQLite: the bank's notifications are
 * given to the desk as the payment API would, on the test's thread.
 */
class KioskFlowPaymentTest {

    static final Service PRICED = new Service("KDV", "B", "Khám dịch vụ", "Private visit", 150_000);
    private static final Instant START = Instant.parse("2026-11-25T02:30:00Z");
    /** What the kiosk at 02:30:00 UTC on 25/11/2026 names its first bill. */
    private static final String FIRST_BILL = "K01261125T023000";

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START);
    private final ManualTimer timer = new ManualTimer();
    private final CountingScanCounter counter = new CountingScanCounter();
    private final FakeTicketIssuer issuer = new FakeTicketIssuer();
    private final QueuedExecutor queued = new QueuedExecutor();
    private KioskDatabase database;
    private PaymentDesk desk;
    private KioskPayments payments;
    private Executor worker = Runnable::run;
    private KioskFlow flow;

    @BeforeEach
    void openDesk() {
        database = KioskDatabase.open(dataDir);
        PaymentAccount account = new PaymentAccount("970436", "0011001234567", ServiceCode.ACCOUNT,
                Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));
        desk = new PaymentDesk(account, new SqlitePaymentOrders(database, ZoneOffset.UTC, "K01"), clock);
        payments = new DeskPayments(desk, "K01", "Vietcombank (VCB)");
    }

    @AfterEach
    void closeDesk() {
        database.close();
    }

    private KioskFlow flow() {
        if (flow == null) {
            FlowSettings settings = new FlowSettings(List.of(KioskFixtures.KHAM_BHYT, PRICED),
                    FlowSettings.VIETNAMESE, KioskFixtures.IDLE, KioskFixtures.DONE_DISPLAY);
            // Read at each task, so a test can start queueing work half-way through.
            Executor current = task -> worker.execute(task);
            flow = new KioskFlow(settings, new ScriptedIdentityReader(), counter, issuer, payments, clock, timer,
                    current, Runnable::run);
        }
        return flow;
    }

    /** Patient An scans, confirms and picks the priced service. */
    private Paying payingAsAn() {
        flow().scan(scanOf(AN));
        flow().confirm();
        flow().chooseService(PRICED);
        return (Paying) flow().state();
    }

    private void waitFor(Duration time) {
        clock.advance(time);
        timer.advance(time);
    }

    private void bankReports(String reference, long amount, String bill) {
        desk.receive(new TransferNotification(reference, amount, "MBVCB.3278907687 " + bill + " KDV",
                clock.instant()));
    }

    private OrderStatus orderStatus(String bill) {
        return desk.status(bill).orElseThrow().status();
    }

    // ---- the code ----------------------------------------------------------------------------

    @Test
    void aPricedServiceShowsItsCodeAndIssuesNoNumberYet() {
        Paying paying = payingAsAn();

        QrBill bill = paying.bill();
        assertThat(bill.billNumber()).isEqualTo(FIRST_BILL);
        assertThat(bill.amountDong()).isEqualTo(150_000);
        assertThat(bill.bankName()).isEqualTo("Vietcombank (VCB)");
        assertThat(bill.deadline()).as("a lobby wait, shorter than the order's 15 minutes")
                .isEqualTo(START.plus(DeskPayments.MAX_KIOSK_WAIT));
        assertThat(VietQr.decode(bill.payload())).isInstanceOfSatisfying(DecodeResult.Decoded.class,
                d -> assertThat(d.payment().toRequest()).isEqualTo(PaymentRequest.toAccount("970436", "0011001234567")
                        .withAmount(150_000).withBillNumber(FIRST_BILL).withPurpose(FIRST_BILL + " KDV")
                        .withMerchantCategory(PaymentAccount.HOSPITALS)));
        assertThat(paying.patient()).contains(AN);
        assertThat(issuer.issuedCount()).as("a number only for a ticket in hand").isZero();
        assertThat(orderStatus(FIRST_BILL)).isEqualTo(OrderStatus.OPEN);
        assertThat(flow().timeLeftToPay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aBillThatIsAlreadyOpenMakesTheKioskTakeTheNextNumber() {
        desk.request(50_000, FIRST_BILL, "");

        assertThat(payingAsAn().bill().billNumber()).isEqualTo("K01261125T023001");
    }

    @Test
    void theOrderIsMadeOnTheWorkerAndADoubleTapMakesOneOrder() {
        worker = queued;
        flow().takeWithoutCard();
        flow().chooseService(PRICED);
        flow().chooseService(PRICED);
        assertThat(desk.waiting()).as("nothing written on the UI thread").isEmpty();

        queued.runAll();

        assertThat(flow().state()).isInstanceOf(Paying.class);
        assertThat(desk.waiting()).hasSize(1);
    }

    // ---- paid ---------------------------------------------------------------------------------

    @Test
    void whenTheBankSaysPaidTheTicketIsIssuedAndMarkedPaid() {
        payingAsAn();

        bankReports("FT26329001", 150_000, FIRST_BILL);

        Done done = (Done) flow().state();
        assertThat(done.payment()).isEqualTo(new PaymentMark.Paid(150_000, FIRST_BILL));
        long ticket = done.outcome().ticket().id();
        assertThat(done.outcome().ticket().display()).isEqualTo("B001");
        assertThat(issuer.markOf(ticket)).isEqualTo(new PaymentMark.Paid(150_000, FIRST_BILL));
        assertThat(issuer.patientOf(ticket)).as("registered as the patient who paid").contains(AN);
        assertThat(orderStatus(FIRST_BILL)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aShortTransferSendsThePatientToTheCounterWithAnUnpaidTicketNotingWhatArrived() {
        payingAsAn();

        bankReports("FT26329002", 100_000, FIRST_BILL);

        Done done = (Done) flow().state();
        PaymentMark expected = new PaymentMark.ShortPaid(150_000, 100_000, FIRST_BILL);
        assertThat(done.payment()).isEqualTo(expected);
        assertThat(issuer.markOf(done.outcome().ticket().id())).isEqualTo(expected);
        assertThat(orderStatus(FIRST_BILL)).as("left for the cashier, not cancelled").isEqualTo(OrderStatus.SHORT_PAID);
    }

    @Test
    void aNotificationForAnotherBillChangesNothing() {
        payingAsAn();
        desk.request(80_000, "HD777", "");

        bankReports("FT26329003", 80_000, "HD777");

        assertThat(flow().state()).isInstanceOf(Paying.class);
        assertThat(issuer.issuedCount()).isZero();
    }

    // ---- at the counter -----------------------------------------------------------------------

    @Test
    void payingAtTheCounterCancelsTheOrderAndPrintsTheTicketMarkedUnpaid() {
        payingAsAn();

        flow().payAtCounter();

        Done done = (Done) flow().state();
        PaymentMark expected = new PaymentMark.AtCounter(150_000, Optional.of(FIRST_BILL));
        assertThat(done.payment()).isEqualTo(expected);
        assertThat(issuer.markOf(done.outcome().ticket().id())).isEqualTo(expected);
        assertThat(desk.status(FIRST_BILL).orElseThrow()).satisfies(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.reason()).contains(DeskPayments.AT_COUNTER_REASON);
        });
    }

    @Test
    void moneyThatArrivesJustBeforeTheCounterChoiceIsHonouredWithOneTicket() {
        payingAsAn();
        worker = queued;

        flow().payAtCounter();
        bankReports("FT26329004", 150_000, FIRST_BILL);
        assertThat(flow().state()).isInstanceOf(Printing.class);
        queued.runAll();

        Done done = (Done) flow().state();
        assertThat(done.payment()).isEqualTo(new PaymentMark.Paid(150_000, FIRST_BILL));
        assertThat(issuer.issuedCount()).as("never a second number").isEqualTo(1);
        assertThat(orderStatus(FIRST_BILL)).isEqualTo(OrderStatus.PAID);
    }

    // ---- time ---------------------------------------------------------------------------------

    @Test
    void theIdleTimeoutDoesNotThrowAPayingPatientOutButTheCodesDeadlineEndsIt() {
        payingAsAn();

        waitFor(DeskPayments.MAX_KIOSK_WAIT.minusMillis(1));
        assertThat(flow().state()).as("well past the 30 s idle time").isInstanceOf(Paying.class);
        assertThat(flow().timeLeftToPay()).isEqualTo(Duration.ofMillis(1));

        waitFor(Duration.ofMillis(1));
        PaymentExpired expired = (PaymentExpired) flow().state();
        assertThat(expired.bill().billNumber()).isEqualTo(FIRST_BILL);
        assertThat(expired.patient()).contains(AN);
        assertThat(issuer.issuedCount()).isZero();
    }

    @Test
    void afterTheDeadlineThePatientCanStillPayAtTheCounter() {
        payingAsAn();
        waitFor(DeskPayments.MAX_KIOSK_WAIT);

        flow().payAtCounter();

        assertThat(((Done) flow().state()).payment())
                .isEqualTo(new PaymentMark.AtCounter(150_000, Optional.of(FIRST_BILL)));
        assertThat(orderStatus(FIRST_BILL)).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aTransferThatLandsWhileTheTimeIsUpScreenShowsStillPrintsThePaidTicket() {
        payingAsAn();
        waitFor(DeskPayments.MAX_KIOSK_WAIT.plusSeconds(20));
        assertThat(flow().state()).isInstanceOf(PaymentExpired.class);

        bankReports("FT26329005", 150_000, FIRST_BILL);

        assertThat(((Done) flow().state()).payment()).isEqualTo(new PaymentMark.Paid(150_000, FIRST_BILL));
    }

    @Test
    void leftOnTheTimeUpScreenTheKioskGoesBackToStartAndTheOrderStaysForTheCashier() {
        payingAsAn();
        waitFor(DeskPayments.MAX_KIOSK_WAIT);
        waitFor(KioskFixtures.IDLE);

        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().patient()).isEmpty();
        assertThat(orderStatus(FIRST_BILL)).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void anOrderClosedByTheCashierEndsThePayingScreen() {
        payingAsAn();

        desk.cancel(FIRST_BILL, "Thu ngân hủy");

        assertThat(flow().state()).isInstanceOf(PaymentExpired.class);
    }

    // ---- walking away, scans ------------------------------------------------------------------

    @Test
    void aPatientWhoWalksAwayGetsNoNumberAndALatePaymentStaysOnTheOrderForTheCashier() {
        payingAsAn();
        flow().backToStart();
        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(flow().patient()).isEmpty();

        bankReports("FT26329006", 150_000, FIRST_BILL);

        assertThat(flow().state()).isInstanceOf(Attract.class);
        assertThat(issuer.issuedCount()).isZero();
        assertThat(orderStatus(FIRST_BILL)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aScanWhilePayingIsCountedButTheCodeStaysOnScreen() {
        Paying paying = payingAsAn();

        flow().scan(scanOf(BINH));
        flow().scan(scanRejectedFor(RejectionReason.BANK_PAYMENT_QR));

        assertThat(flow().state()).isEqualTo(paying);
        assertThat(counter.acceptedCount()).isEqualTo(2);
        assertThat(counter.rejectedCount(RejectionReason.BANK_PAYMENT_QR)).isEqualTo(1);
    }

    @Test
    void aScanOnTheTimeUpScreenStartsTheNextPatient() {
        payingAsAn();
        waitFor(DeskPayments.MAX_KIOSK_WAIT);

        flow().scan(scanOf(BINH));

        assertThat(flow().patient()).contains(BINH);
    }

    // ---- without QR payments, printing trouble, free services -----------------------------------

    @Test
    void withoutPaymentsSetUpAPricedTicketSaysPayAtTheCounterWithThePrice() {
        payments = KioskPayments.NONE;
        flow().takeWithoutCard();

        flow().chooseService(PRICED);

        Done done = (Done) flow().state();
        PaymentMark expected = new PaymentMark.AtCounter(150_000, Optional.empty());
        assertThat(done.payment()).isEqualTo(expected);
        assertThat(issuer.markOf(done.outcome().ticket().id())).isEqualTo(expected);
    }

    @Test
    void aDeskThatFailsSendsThePatientToTheCounterInsteadOfStoppingThem() {
        database.close();
        flow().takeWithoutCard();

        flow().chooseService(PRICED);

        assertThat(((Done) flow().state()).payment())
                .isEqualTo(new PaymentMark.AtCounter(150_000, Optional.empty()));
        database = KioskDatabase.open(dataDir);
    }

    @Test
    void aFreeServiceNeverShowsACode() {
        flow().takeWithoutCard();

        flow().chooseService(KioskFixtures.KHAM_BHYT);

        assertThat(((Done) flow().state()).payment()).isEqualTo(PaymentMark.NONE);
        assertThat(desk.waiting()).isEmpty();
    }

    @Test
    void aReprintAfterPaperOutKeepsThePaidMark() {
        issuer.thenProblem(PrintProblem.PAPER_OUT).thenProblem(null);
        payingAsAn();
        bankReports("FT26329007", 150_000, FIRST_BILL);
        PrintFailed failed = (PrintFailed) flow().state();
        assertThat(failed.payment()).isEqualTo(new PaymentMark.Paid(150_000, FIRST_BILL));

        flow().reprint();

        Done done = (Done) flow().state();
        assertThat(done.outcome().ticket().id()).isEqualTo(failed.outcome().ticket().id());
        assertThat(issuer.markOf(done.outcome().ticket().id())).isEqualTo(new PaymentMark.Paid(150_000, FIRST_BILL));
        assertThat(issuer.issuedCount()).isEqualTo(1);
    }
}
