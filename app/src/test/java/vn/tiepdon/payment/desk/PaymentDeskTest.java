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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.DecodeResult;
import vn.tiepdon.payment.InvalidPaymentRequest;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.LateTransfer.Handling;
import vn.tiepdon.payment.LateTransfer.Why;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.testing.CountedEvents;
import vn.tiepdon.testing.MovableClock;

class PaymentDeskTest {

    private static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final PaymentAccount ACCOUNT = new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT,
            Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START);
    private final List<TrackedOrder> told = new CopyOnWriteArrayList<>();
    private KioskDatabase database;
    private PaymentDesk desk;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        desk = new PaymentDesk(ACCOUNT, new SqlitePaymentOrders(database, ZoneId.of("Asia/Ho_Chi_Minh"), "K01"),
                clock);
        desk.addListener(told::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** How bills ended, as counted: requests left out. */
    private List<EventKind> outcomes() {
        return CountedEvents.payments(database.file()).stream().map(CountedEvents.Row::kind)
                .filter(kind -> kind != EventKind.PAYMENT_REQUESTED).toList();
    }

    private CashlessShare cashless() {
        return new SqliteEventTotals(database).indicators(DAY, DAY).cashless();
    }

    @Test
    void aRequestMakesAnOpenOrderWhosePayloadNamesTheAccountAmountAndBill() {
        TrackedOrder order = desk.request(150_000, " HD123 ", "Viện phí");

        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(order.order().expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
        DecodeResult.Decoded decoded = (DecodeResult.Decoded) VietQr.decode(order.payload());
        assertThat(decoded.payment().bin()).isEqualTo("970436");
        assertThat(decoded.payment().account()).isEqualTo("0011000000000");
        assertThat(decoded.payment().amount()).hasValue(150_000);
        assertThat(decoded.payment().billNumber()).hasValue("HD123");
        assertThat(decoded.payment().purpose()).hasValue("HD123 Vien phi");
        assertThat(decoded.payment().merchantCategory()).hasValue("8062");
        assertThat(told).containsExactly(order);
    }

    @Test
    void aBillNumberWithPunctuationGoesIntoTheMemoAsLettersAndDigitsAndStillMatches() {
        TrackedOrder order = desk.request(90_000, "K01-251125/0007", "Xét nghiệm");

        DecodeResult.Decoded decoded = (DecodeResult.Decoded) VietQr.decode(order.payload());
        assertThat(decoded.payment().billNumber()).hasValue("K01-251125/0007");
        assertThat(decoded.payment().purpose()).hasValue("K012511250007 Xet nghiem");
        assertThat(desk.receive(new TransferNotification("FT9", 90_000, "MBVCB.1 K012511250007 Xet nghiem",
                clock.instant()))).isInstanceOf(PaymentMatch.Paid.class);
    }

    @Test
    void anAccountThatIsNotAMerchantAccountCarriesNoMerchantCategory() {
        PaymentAccount plain = new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT, Optional.empty(),
                Duration.ofMinutes(15));
        String payload = VietQr.encode(plain.requestFor(50_000, "HD9", ""));

        assertThat(((DecodeResult.Decoded) VietQr.decode(payload)).payment().merchantCategory()).isEmpty();
    }

    @Test
    void aSecondRequestForAnOpenBillAndABadAmountAreRefused() {
        desk.request(150_000, "HD123", "");

        assertThatThrownBy(() -> desk.request(150_000, "HD123", ""))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.BILL_ALREADY_OPEN));
        assertThatThrownBy(() -> desk.request(0, "HD124", "")).isInstanceOf(InvalidPaymentRequest.class);
        assertThat(desk.waiting()).extracting(TrackedOrder::billNumber).containsExactly("HD123");
    }

    @Test
    void aBankNotificationPaysTheOrderAndTellsTheListeners() {
        desk.request(150_000, "HD123", "");
        clock.advance(Duration.ofSeconds(40));

        PaymentMatch match = desk.receive(new TransferNotification("FT1", 150_000, "HD123 Vien phi", clock.instant()));

        assertThat(match).isInstanceOf(PaymentMatch.Paid.class);
        assertThat(told).last().satisfies(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(order.paidMethod()).contains(Method.QR);
        });
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void aDuplicateOrUnmatchedNotificationTellsNobody() {
        desk.request(150_000, "HD123", "");
        desk.receive(new TransferNotification("FT1", 150_000, "HD123", clock.instant()));
        int before = told.size();

        desk.receive(new TransferNotification("FT1", 150_000, "HD123", clock.instant()));
        desk.receive(new TransferNotification("FT2", 90_000, "HD999", clock.instant()));

        assertThat(told).hasSize(before);
    }

    @Test
    void theCashierCancelsWithAReasonAndItIsCountedAsCancelled() {
        desk.request(150_000, "HD123", "");

        assertThatThrownBy(() -> desk.cancel("HD123", " "))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.REASON_REQUIRED));
        TrackedOrder cancelled = desk.cancel("HD123", "Người bệnh đổi ý");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.reason()).contains("Người bệnh đổi ý");
        assertThat(told).last().isEqualTo(cancelled);
        assertThat(outcomes()).containsExactly(EventKind.PAYMENT_CANCELLED);
        assertThat(desk.waiting()).isEmpty();
        assertThatThrownBy(() -> desk.cancel("HD123", "again"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NOT_CHANGEABLE));
        assertThatThrownBy(() -> desk.cancel("HD999", "unknown"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NO_SUCH_BILL));
    }

    @Test
    void cashAtTheCounterIsPaidButNotCashlessAndATransferConfirmedByHandIsCashless() {
        desk.request(150_000, "HD1", "");
        desk.request(50_000, "HD2", "");

        TrackedOrder cash = desk.markPaid("HD1", Method.CASH, "Trả tiền mặt");
        TrackedOrder byHand = desk.markPaid("HD2", Method.MANUAL, "Đã thấy tiền vào tài khoản, mất thông báo");

        assertThat(cash.status()).isEqualTo(OrderStatus.PAID);
        assertThat(cash.paidMethod()).contains(Method.CASH);
        assertThat(byHand.reason()).contains("Đã thấy tiền vào tài khoản, mất thông báo");
        assertThat(cashless()).isEqualTo(new CashlessShare(2, 1, 200_000, 50_000));
        assertThatThrownBy(() -> desk.markPaid("HD1", Method.QR, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> desk.markPaid("HD1", Method.CASH, "twice"))
                .isInstanceOfSatisfying(DeskRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NOT_CHANGEABLE));
    }

    @Test
    void aShortPaymentWaitsForTheCashierWhoMayCollectTheRest() {
        desk.request(150_000, "HD123", "");
        desk.receive(new TransferNotification("FT1", 100_000, "HD123", clock.instant()));

        assertThat(desk.waiting()).extracting(TrackedOrder::status).containsExactly(OrderStatus.SHORT_PAID);
        TrackedOrder paid = desk.markPaid("HD123", Method.CASH, "Thu thêm 50.000 đ tiền mặt");

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.receivedDong()).hasValue(100_000);
        assertThat(desk.waiting()).isEmpty();
    }

    @Test
    void expiryIsToldAndReshowingAnExpiredBillMakesAFreshOrderWithTheSamePayload() {
        TrackedOrder first = desk.request(150_000, "HD123", "");
        clock.advance(Duration.ofMinutes(15));

        desk.expireDue();

        assertThat(told).last().satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED));
        TrackedOrder again = desk.reshow("HD123");
        assertThat(again.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(again.payload()).isEqualTo(first.payload());
        assertThat(again.order().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(desk.reshow("HD123")).as("an open order is shown as it is").isEqualTo(again);

        desk.receive(new TransferNotification("FT1", 150_000, "HD123", clock.instant()));
        assertThat(desk.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThatThrownBy(() -> desk.reshow("HD123")).isInstanceOf(DeskRefusal.class);
        assertThat(outcomes()).containsExactly(EventKind.PAYMENT_EXPIRED, EventKind.PAYMENT_PAID);
    }

    @Test
    void aCashPaymentAfterTheCodeExpiredIsStillRecorded() {
        desk.request(150_000, "HD123", "");
        clock.advance(Duration.ofMinutes(20));

        TrackedOrder paid = desk.markPaid("HD123", Method.CASH, "Trả tiền mặt sau khi mã hết hạn");

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aListenerThatFailsDoesNotUndoThePaymentOrSilenceTheOthers() {
        List<TrackedOrder> second = new CopyOnWriteArrayList<>();
        PaymentDesk failing = new PaymentDesk(ACCOUNT, new SqlitePaymentOrders(database, ZoneId.of("UTC"), "K01"), clock);
        failing.addListener(order -> {
            throw new IllegalStateException("screen gone");
        });
        failing.addListener(second::add);

        failing.request(150_000, "HD7", "");
        failing.receive(new TransferNotification("FT7", 150_000, "HD7", clock.instant()));

        assertThat(second).extracting(TrackedOrder::status).containsExactly(OrderStatus.OPEN, OrderStatus.PAID);
        assertThat(failing.status("HD7").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    /** Late money through the desk: kept, told to the listeners (without telling the bill as changed), and handled. */
    @Nested
    class LateTransfers {

        private final List<LateTransfer> lates = new CopyOnWriteArrayList<>();

        @BeforeEach
        void followLateMoney() {
            desk.addListener(new PaymentListener() {
                @Override
                public void orderChanged(TrackedOrder order) {
                }

                @Override
                public void lateTransferChanged(LateTransfer late) {
                    lates.add(late);
                }
            });
            desk.request(150_000, "HD123", "Vien phi");
        }

        @Test
        void moneyAfterTheKioskPatientChoseTheCounterIsToldAsLateNotAsABillChange() {
            desk.cancel("HD123", "Thanh toán tại quầy");
            int ordersBefore = told.size();

            PaymentMatch match = receive("FT1", 150_000);

            assertThat(match).isEqualTo(new PaymentMatch.Late(desk.status("HD123").orElseThrow().order(), 150_000,
                    Why.AFTER_CANCEL));
            assertThat(told).hasSize(ordersBefore);
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
            assertThat(told).last().satisfies(order -> {
                assertThat(order.status()).isEqualTo(OrderStatus.PAID);
                assertThat(order.paidMethod()).contains(Method.MANUAL);
            });
            assertThat(lates).last().isEqualTo(handled);
            assertThat(desk.lateTransfers()).isEmpty();
            assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
            assertThatThrownBy(() -> desk.handleLate("FT1", Handling.RECORDED, "lần nữa"))
                    .isInstanceOfSatisfying(DeskRefusal.class,
                            refusal -> assertThat(refusal.reason()).isEqualTo(DeskRefusal.Reason.NOT_CHANGEABLE));
            assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
        }

        @Test
        void theRestOfAShortPaymentPaysTheBillAndIsToldAsPaid() {
            receive("FT1", 100_000);

            PaymentMatch match = receive("FT2", 50_000);

            assertThat(match).isInstanceOf(PaymentMatch.Paid.class);
            assertThat(told).last().satisfies(order -> assertThat(order.status()).isEqualTo(OrderStatus.PAID));
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
            assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
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
}
