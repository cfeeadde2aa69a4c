package vn.tiepdon.payment.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.CashlessShare;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.LateTransfer.Handling;
import vn.tiepdon.payment.LateTransfer.Why;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.store.SqlitePaymentOrders.Status;
import vn.tiepdon.store.SqlitePaymentOrders.StoredOrder;
import vn.tiepdon.store.SqlitePaymentOutcomes;
import vn.tiepdon.testing.MovableClock;

/** Late money through the desk: kept, told to the listeners (without telling the bill as changed), and handled. */
class PaymentDeskLateTest {

    private static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final PaymentAccount ACCOUNT = new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT,
            Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START);
    private final List<StoredOrder> orders = new CopyOnWriteArrayList<>();
    private final List<LateTransfer> lates = new CopyOnWriteArrayList<>();
    private KioskDatabase database;
    private SqlitePaymentOutcomes outcomes;
    private PaymentDesk desk;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        outcomes = new SqlitePaymentOutcomes(database);
        desk = new PaymentDesk(ACCOUNT, new SqlitePaymentOrders(database, ZoneId.of("Asia/Ho_Chi_Minh")), clock);
        desk.addListener(new PaymentListener() {
            @Override
            public void orderChanged(StoredOrder order) {
                orders.add(order);
            }

            @Override
            public void lateTransferChanged(LateTransfer late) {
                lates.add(late);
            }
        });
        desk.request(150_000, "HD123", "Vien phi");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void moneyAfterTheKioskPatientChoseTheCounterIsToldAsLateNotAsABillChange() {
        desk.cancel("HD123", "Thanh toán tại quầy");
        int ordersBefore = orders.size();

        PaymentMatch match = receive("FT1", 150_000);

        assertThat(match).isEqualTo(new PaymentMatch.Late(desk.status("HD123").orElseThrow().order(), 150_000,
                Why.AFTER_CANCEL));
        assertThat(orders).hasSize(ordersBefore);
        assertThat(lates).singleElement().satisfies(late -> {
            assertThat(late.billNumber()).isEqualTo("HD123");
            assertThat(late.why()).isEqualTo(Why.AFTER_CANCEL);
            assertThat(late.handled()).isFalse();
        });
        assertThat(desk.lateTransfers()).extracting(LateTransfer::reference).containsExactly("FT1");
    }

    @Test
    void moneyAfterExpiryRecordedByTheCashierPaysTheBillOnceAndClearsTheList() {
        clock.advance(Duration.ofMinutes(16));
        receive("FT1", 150_000);

        LateTransfer handled = desk.handleLate("FT1", Handling.RECORDED, "Khách chuyển sau khi hết hạn");

        assertThat(handled.handling()).contains(Handling.RECORDED);
        assertThat(orders).last().satisfies(order -> {
            assertThat(order.status()).isEqualTo(Status.PAID);
            assertThat(order.paidMethod()).contains(Method.MANUAL);
        });
        assertThat(lates).last().isEqualTo(handled);
        assertThat(desk.lateTransfers()).isEmpty();
        assertThat(outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
        assertThatThrownBy(() -> desk.handleLate("FT1", Handling.RECORDED, "lần nữa"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NOT_CHANGEABLE));
        assertThat(outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void theRestOfAShortPaymentPaysTheBillAndIsToldAsPaid() {
        receive("FT1", 100_000);

        PaymentMatch match = receive("FT2", 50_000);

        assertThat(match).isInstanceOf(PaymentMatch.Paid.class);
        assertThat(orders).last().satisfies(order -> assertThat(order.status()).isEqualTo(Status.PAID));
        assertThat(lates).isEmpty();
        assertThat(desk.waiting()).isEmpty();
    }

    @Test
    void moneyForABillPaidTwiceCanOnlyBeRefundedWithANoteAndIsNotCounted() {
        receive("FT1", 150_000);
        receive("FT2", 150_000);

        assertThatThrownBy(() -> desk.handleLate("FT2", Handling.RECORDED, "ghi"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NOT_CHANGEABLE));
        assertThatThrownBy(() -> desk.handleLate("FT2", Handling.REFUND, "  "))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.REASON_REQUIRED));

        desk.handleLate("FT2", Handling.REFUND, "Trả hai lần, hoàn qua ngân hàng");

        assertThat(desk.lateTransfers()).isEmpty();
        assertThat(outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void lateMoneyShortOfTheBillIsRefusedAsTooLittleAndAnUnknownReferenceAsNoSuchBill() {
        desk.cancel("HD123", "Thanh toán tại quầy");
        receive("FT1", 100_000);

        assertThatThrownBy(() -> desk.handleLate("FT1", Handling.RECORDED, "ghi"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.LATE_TOO_LITTLE));
        assertThatThrownBy(() -> desk.handleLate("FT404", Handling.REFUND, "ghi"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NO_SUCH_BILL));
        assertThat(desk.lateTransfers()).hasSize(1);
    }

    @Test
    void aRetriedLateTransferIsToldOnce() {
        desk.cancel("HD123", "Thanh toán tại quầy");

        receive("FT1", 150_000);
        assertThat(receive("FT1", 150_000)).isInstanceOf(PaymentMatch.Duplicate.class);

        assertThat(lates).hasSize(1);
        assertThat(desk.lateTransfers()).hasSize(1);
    }

    private PaymentMatch receive(String reference, long amount) {
        return desk.receive(new TransferNotification(reference, amount, "HD123 Vien phi", clock.instant()));
    }
}
