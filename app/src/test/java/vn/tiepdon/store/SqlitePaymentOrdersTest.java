package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.LateTransfer.Handling;
import vn.tiepdon.payment.LateTransfer.Why;
import vn.tiepdon.payment.MaskedAccount;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.testing.CountedEvents;

class SqlitePaymentOrdersTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant CREATED = Instant.parse("2026-11-25T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final PaymentOrder HD123 =
            new PaymentOrder("HD123", 150_000, CREATED, CREATED.plus(Duration.ofMinutes(15)));

    @TempDir
    Path dataDir;

    private KioskDatabase database;
    private SqlitePaymentOrders orders;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        orders = new SqlitePaymentOrders(database, HANOI, "K01");
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** What the changes counted, as committed. */
    private List<EventKind> counted() {
        return CountedEvents.payments(database.file()).stream().map(CountedEvents.Row::kind).toList();
    }

    private CashlessShare cashless() {
        return new SqliteEventTotals(database).indicators(DAY, DAY).cashless();
    }

    @Test
    void aNewOrderIsOpenAndASecondForTheSameBillIsRefused() {
        assertThat(orders.create(HD123, "PAYLOAD-1")).isTrue();
        assertThat(orders.create(HD123, "PAYLOAD-2")).isFalse();

        assertThat(orders.waiting(CREATED.plusSeconds(1))).extracting(TrackedOrder::order).containsExactly(HD123);
        assertThat(orders.status("HD123")).contains(
                new TrackedOrder(HD123, OrderStatus.OPEN, "PAYLOAD-1", OptionalLong.empty()));
        assertThat(orders.status("HD999")).isEmpty();
    }

    @Test
    void aPaidBillGetsNoNewOrderAndAnOrderLeftAfterItsPaymentByAnOlderVersionNeitherHidesNorRepeatsIt() {
        orders.create(HD123, "PAYLOAD");
        orders.apply(new TransferNotification("FT001", 150_000, "HD123", CREATED.plusSeconds(5)),
                CREATED.plusSeconds(5));
        PaymentOrder again = new PaymentOrder("HD123", 150_000, CREATED.plusSeconds(60),
                CREATED.plusSeconds(60).plus(Duration.ofMinutes(15)));
        assertThat(orders.create(again, "PAYLOAD")).isFalse();
        // What the previous version stored when the bill was requested again after its payment.
        database.write(c -> {
            try (Statement insert = c.createStatement()) {
                insert.executeUpdate("INSERT INTO payment_orders (bill_number, amount_dong, created_at, expires_at,"
                        + " status, payload) VALUES ('HD123', 150000, '" + SqlitePaymentOrders.moment(again.createdAt())
                        + "', '" + SqlitePaymentOrders.moment(again.expiresAt()) + "', 'OPEN', 'PAYLOAD')");
            }
            return null;
        });

        PaymentMatch second = orders.apply(new TransferNotification("FT002", 150_000, "HD123",
                CREATED.plusSeconds(70)), CREATED.plusSeconds(70));

        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(second).isInstanceOfSatisfying(PaymentMatch.Late.class,
                late -> assertThat(late.why()).isEqualTo(Why.ALREADY_PAID));
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void aFullTransferPaysTheOrderAndCountsAsCashless() {
        orders.create(HD123, "PAYLOAD");
        TransferNotification transfer = new TransferNotification("FT001", 150_000, "MBVCB.123 HD123 Vien phi",
                CREATED.plusSeconds(42));

        PaymentMatch match = orders.apply(transfer, CREATED.plusSeconds(43));

        assertThat(match).isEqualTo(new PaymentMatch.Paid(HD123, 150_000));
        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.waiting(CREATED.plusSeconds(44))).extracting(TrackedOrder::order).isEmpty();
        assertThat(CountedEvents.payments(database.file())).containsExactly(
                new CountedEvents.Row("K01", DAY, EventKind.PAYMENT_REQUESTED, "QR", 150_000, OptionalLong.empty()),
                new CountedEvents.Row("K01", DAY, EventKind.PAYMENT_PAID, "QR", 150_000, OptionalLong.of(43_000)));
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void theSameTransferReportedTwiceChangesNothingTheSecondTime() {
        orders.create(HD123, "PAYLOAD");
        TransferNotification transfer = new TransferNotification("FT001", 150_000, "HD123", CREATED.plusSeconds(5));
        orders.apply(transfer, CREATED.plusSeconds(5));

        assertThat(orders.apply(transfer, CREATED.plusSeconds(9))).isEqualTo(new PaymentMatch.Duplicate("FT001"));
        assertThat(counted()).containsExactly(EventKind.PAYMENT_REQUESTED, EventKind.PAYMENT_PAID);
    }

    @Test
    void aShortTransferIsFlaggedNotPaidNorCounted() {
        orders.create(HD123, "PAYLOAD");

        PaymentMatch match = orders.apply(
                new TransferNotification("FT002", 100_000, "HD123", CREATED.plusSeconds(5)), CREATED.plusSeconds(5));

        assertThat(match).isEqualTo(new PaymentMatch.ShortPayment(HD123, 100_000));
        assertThat(orders.status("HD123")).contains(new TrackedOrder(
                HD123, OrderStatus.SHORT_PAID, "PAYLOAD", OptionalLong.of(100_000)));
        assertThat(counted()).containsExactly(EventKind.PAYMENT_REQUESTED);
    }

    @Test
    void anOrderPastItsExpiryIsClosedAndCountedAsExpiredAndTheBillCanBeAskedAgain() {
        orders.create(HD123, "PAYLOAD");
        Instant later = HD123.expiresAt().plusSeconds(1);

        assertThat(orders.waiting(later)).extracting(TrackedOrder::order).isEmpty();
        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(counted()).containsExactly(EventKind.PAYMENT_REQUESTED, EventKind.PAYMENT_EXPIRED);

        PaymentOrder again = new PaymentOrder("HD123", 150_000, later, later.plus(Duration.ofMinutes(15)));
        assertThat(orders.create(again, "PAYLOAD-2")).isTrue();
        assertThat(orders.status("HD123").orElseThrow().order()).isEqualTo(again);
    }

    @Test
    void aTransferThatArrivedBeforeItsOrderPaysItWhenTheBankRetries() {
        TransferNotification early = new TransferNotification("FT004", 150_000, "HD123 vien phi", HD123.createdAt());

        assertThat(orders.apply(early, HD123.createdAt())).isEqualTo(new PaymentMatch.Unmatched());
        orders.create(HD123, "PAYLOAD");

        assertThat(orders.apply(early, HD123.createdAt().plusSeconds(30)))
                .isEqualTo(new PaymentMatch.Paid(HD123, 150_000));
        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    /** Money that arrives for a bill no longer waiting for it is kept for the cashier, once, and counted at most once. */
    @Nested
    class LateTransfers {

        @BeforeEach
        void openHd123() {
            orders.create(HD123, "PAYLOAD");
        }

        @Test
        void aTransferAfterThePatientChoseTheCounterIsKeptAsLateAndTheBillStaysCancelled() {
            orders.cancel("HD123", "Thanh toán tại quầy", CREATED.plusSeconds(30));

            PaymentMatch match = orders.apply(transfer("FT1", 150_000, "MBVCB.1 HD123 Nguyen Van A"), CREATED.plusSeconds(40));

            assertThat(match).isEqualTo(new PaymentMatch.Late(HD123, 150_000, Why.AFTER_CANCEL));
            assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(orders.lateTransfers()).containsExactly(new LateTransfer("FT1", "HD123", 150_000,
                    CREATED.plusSeconds(40), Why.AFTER_CANCEL, Optional.empty(), Optional.empty(), "FT1",
                    Optional.empty(), Optional.empty()));
            assertThat(counted()).containsExactly(EventKind.PAYMENT_REQUESTED, EventKind.PAYMENT_CANCELLED);
        }

        @Test
        void aTransferAfterTheCodeExpiredIsKeptAsLate() {
            Instant later = HD123.expiresAt().plusSeconds(1);

            PaymentMatch match = orders.apply(new TransferNotification("FT3", 150_000, "HD123", later), later);

            assertThat(match).isEqualTo(new PaymentMatch.Late(HD123, 150_000, Why.AFTER_EXPIRY));
            assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
            assertThat(orders.lateTransfers()).extracting(LateTransfer::why).containsExactly(Why.AFTER_EXPIRY);
        }

        @Test
        void theRestOfAShortPaymentPaysTheBillByQrAndCountsItOnce() {
            orders.apply(transfer("FT1", 100_000, "HD123"), CREATED.plusSeconds(40));

            PaymentMatch match = orders.apply(transfer("FT2", 50_000, "HD123 con lai"), CREATED.plusSeconds(40));

            assertThat(match).isEqualTo(new PaymentMatch.Paid(HD123, 150_000));
            TrackedOrder paid = orders.status("HD123").orElseThrow();
            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(paid.receivedDong()).hasValue(150_000);
            assertThat(paid.paidMethod()).contains(Method.QR);
            assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
            assertThat(orders.lateTransfers()).isEmpty();
        }

        @Test
        void aSecondTransferThatIsStillShortKeepsTheBillShortWithTheNewTotal() {
            orders.apply(transfer("FT1", 50_000, "HD123"), CREATED.plusSeconds(40));

            PaymentMatch match = orders.apply(transfer("FT2", 50_000, "HD123"), CREATED.plusSeconds(40));

            assertThat(match).isEqualTo(new PaymentMatch.ShortPayment(HD123, 100_000));
            assertThat(orders.status("HD123")).contains(new TrackedOrder(HD123, OrderStatus.SHORT_PAID,
                    "PAYLOAD", OptionalLong.of(100_000)));
            assertThat(counted()).containsExactly(EventKind.PAYMENT_REQUESTED);
        }

        @Test
        void aTransferForABillAlreadyPaidIsKeptAsLateAndNotCountedAgain() {
            orders.apply(transfer("FT1", 150_000, "HD123"), CREATED.plusSeconds(40));

            PaymentMatch match = orders.apply(transfer("FT2", 150_000, "HD123"), CREATED.plusSeconds(40));

            assertThat(match).isEqualTo(new PaymentMatch.Late(HD123, 150_000, Why.ALREADY_PAID));
            assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
            assertThat(orders.lateTransfers()).extracting(LateTransfer::reference).containsExactly("FT2");
        }

        @Test
        void aRetriedLateTransferIsADuplicateAndStaysOneRow() {
            orders.cancel("HD123", "Thanh toán tại quầy", CREATED.plusSeconds(30));
            orders.apply(transfer("FT1", 150_000, "HD123"), CREATED.plusSeconds(40));

            assertThat(orders.apply(transfer("FT1", 150_000, "HD123"), CREATED.plusSeconds(50)))
                    .isEqualTo(new PaymentMatch.Duplicate("FT1"));
            assertThat(orders.lateTransfers()).hasSize(1);
        }

        @Test
        void lateMoneyRecordedAsThePaymentPaysTheBillOnceByManual() {
            orders.cancel("HD123", "Thanh toán tại quầy", CREATED.plusSeconds(30));
            orders.apply(transfer("FT1", 150_000, "HD123"), CREATED.plusSeconds(40));

            Optional<LateTransfer> recorded = orders.handleLate("FT1", Handling.RECORDED, "Khách đã chuyển khoản",
                    CREATED.plusSeconds(60));
            Optional<LateTransfer> again = orders.handleLate("FT1", Handling.RECORDED, "Bấm lần nữa",
                    CREATED.plusSeconds(61));

            assertThat(recorded.orElseThrow().handling()).contains(Handling.RECORDED);
            assertThat(recorded.orElseThrow().note()).contains("Khách đã chuyển khoản");
            assertThat(again).isEmpty();
            TrackedOrder paid = orders.status("HD123").orElseThrow();
            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(paid.paidMethod()).contains(Method.MANUAL);
            assertThat(CountedEvents.payments(database.file())).filteredOn(e -> e.kind() == EventKind.PAYMENT_PAID)
                    .containsExactly(new CountedEvents.Row("K01", DAY, EventKind.PAYMENT_PAID, "MANUAL", 150_000,
                            OptionalLong.empty()));
            assertThat(orders.lateTransfers()).isEmpty();
        }

        @Test
        void lateMoneyMarkedForRefundIsNotCountedAndLeavesTheBillAsItWas() {
            Instant later = HD123.expiresAt().plusSeconds(1);
            orders.apply(new TransferNotification("FT1", 150_000, "HD123", later), later);

            assertThat(orders.handleLate("FT1", Handling.REFUND, "Khách đã trả tiền mặt", later)).isPresent();

            assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
            assertThat(cashless()).isEqualTo(new CashlessShare(0, 0, 0, 0));
            assertThat(orders.lateTransfers()).isEmpty();
            assertThat(orders.lateTransfer("FT1").orElseThrow().handling()).contains(Handling.REFUND);
        }

        @Test
        void lateMoneyForAPaidBillOrShortOfTheBillCannotBeRecordedAsItsPayment() {
            orders.apply(transfer("FT1", 150_000, "HD123"), CREATED.plusSeconds(40));
            orders.apply(transfer("FT2", 150_000, "HD123"), CREATED.plusSeconds(41));
            PaymentOrder hd7 = new PaymentOrder("HD7", 200_000, CREATED, CREATED.plus(Duration.ofMinutes(15)));
            orders.create(hd7, "PAYLOAD-7");
            orders.cancel("HD7", "Thanh toán tại quầy", CREATED.plusSeconds(42));
            orders.apply(transfer("FT3", 100_000, "HD7"), CREATED.plusSeconds(43));

            assertThat(orders.handleLate("FT2", Handling.RECORDED, "ghi", CREATED.plusSeconds(50))).isEmpty();
            assertThat(orders.handleLate("FT3", Handling.RECORDED, "ghi", CREATED.plusSeconds(50))).isEmpty();

            assertThat(orders.lateTransfers()).extracting(LateTransfer::reference).containsExactly("FT2", "FT3");
            assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
        }

        @Test
        void aLateTransferKeepsNeitherTheContentNorThePayer() throws Exception {
            orders.cancel("HD123", "Thanh toán tại quầy", CREATED.plusSeconds(30));
            orders.apply(transfer("FT1", 150_000, "HD123 NGUYEN VAN A chuyen tien"), CREATED.plusSeconds(40));

            assertThat(everyLateValue()).contains("FT1", "HD123").doesNotContain("NGUYEN", "chuyen");
        }

        @Test
        void aLateTransferKeepsTheBanksReferenceAndOnlyTheMaskedSender() throws Exception {
            orders.cancel("HD123", "Thanh toán tại quầy", CREATED.plusSeconds(30));
            orders.apply(new TransferNotification("sepay:900920", 150_000, "HD123", CREATED.plusSeconds(40),
                    "MBVCB.3278907687", MaskedAccount.of("0071000912345")), CREATED.plusSeconds(40));

            assertThat(orders.lateTransfers()).singleElement().satisfies(late -> {
                assertThat(late.reference()).isEqualTo("sepay:900920");
                assertThat(late.bankReference()).isEqualTo("MBVCB.3278907687");
                assertThat(late.sender()).contains(new MaskedAccount("******2345"));
            });
            assertThat(everyLateValue()).contains("MBVCB.3278907687", "******2345").doesNotContain("0071000912345",
                    "00710009");
        }

        @Test
        void theDatabaseRefusesAFullSenderAccount() {
            assertThatThrownBy(() -> database.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO late_transfers (reference, bill_number, amount_dong, "
                            + "received_at, why, sender_masked) VALUES ('FT9', 'HD9', 1000, "
                            + "'2026-11-25T03:00:00.000', 'AFTER_CANCEL', '0071000912345')");
                }
            })).hasStackTraceContaining("CHECK constraint failed");
        }

        /** Money owed back stays listed, in the database, until the cashier says it was given back; never counted. */
        @Test
        void moneyMarkedToRefundIsListedUntilRefundedAcrossARestart() {
            orders.cancel("HD123", "Thanh toán tại quầy", CREATED.plusSeconds(30));
            orders.apply(transfer("FT1", 150_000, "HD123"), CREATED.plusSeconds(40));
            orders.apply(transfer("FT2", 150_000, "HD123"), CREATED.plusSeconds(41));
            orders.handleLate("FT1", Handling.REFUND, "Khách đã trả tiền mặt", CREATED.plusSeconds(60));
            List<EventKind> countedBefore = counted();

            assertThat(orders.lateTransfers()).extracting(LateTransfer::reference).containsExactly("FT2");
            assertThat(orders.markRefunded("FT2", "chưa đánh dấu", CREATED.plusSeconds(61))).isEmpty();
            database.close();
            database = KioskDatabase.open(dataDir);
            orders = new SqlitePaymentOrders(database, HANOI, "K01");
            assertThat(orders.refundsToMake()).extracting(LateTransfer::reference, LateTransfer::toRefund)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("FT1", true));

            Optional<LateTransfer> refunded = orders.markRefunded("FT1", " Hoàn qua app, mã FT26330123 ",
                    CREATED.plus(Duration.ofDays(1)));
            Optional<LateTransfer> again = orders.markRefunded("FT1", "lần nữa", CREATED.plus(Duration.ofDays(1)));

            assertThat(refunded.orElseThrow().refunded()).contains(new LateTransfer.Refund(
                    CREATED.plus(Duration.ofDays(1)), "Hoàn qua app, mã FT26330123"));
            assertThat(again).isEmpty();
            assertThat(orders.refundsToMake()).isEmpty();
            assertThat(orders.lateTransfer("FT1").orElseThrow().handling()).contains(Handling.REFUND);
            assertThat(counted()).isEqualTo(countedBefore);
        }

        private String everyLateValue() throws Exception {
            return database.read(c -> {
                StringBuilder all = new StringBuilder();
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM late_transfers")) {
                    while (rows.next()) {
                        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                            all.append(rows.getString(i)).append('|');
                        }
                    }
                }
                return all.toString();
            });
        }

        private static TransferNotification transfer(String reference, long amount, String content) {
            return new TransferNotification(reference, amount, content, CREATED.plusSeconds(40));
        }
    }
}
