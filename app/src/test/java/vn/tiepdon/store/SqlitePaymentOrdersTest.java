package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.CashlessShare;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.store.SqlitePaymentOrders.Status;

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
    private SqlitePaymentOutcomes outcomes;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        orders = new SqlitePaymentOrders(database, HANOI);
        outcomes = new SqlitePaymentOutcomes(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewOrderIsOpenAndASecondForTheSameBillIsRefused() {
        assertThat(orders.create(HD123, "PAYLOAD-1")).isTrue();
        assertThat(orders.create(HD123, "PAYLOAD-2")).isFalse();

        assertThat(orders.open(CREATED.plusSeconds(1))).containsExactly(HD123);
        assertThat(orders.status("HD123")).contains(
                new SqlitePaymentOrders.StoredOrder(HD123, Status.OPEN, "PAYLOAD-1", OptionalLong.empty()));
        assertThat(orders.status("HD999")).isEmpty();
    }

    @Test
    void aFullTransferPaysTheOrderAndCountsAsCashless() {
        orders.create(HD123, "PAYLOAD");
        TransferNotification transfer = new TransferNotification("FT001", 150_000, "MBVCB.123 HD123 Vien phi",
                CREATED.plusSeconds(42));

        PaymentMatch match = orders.apply(transfer, CREATED.plusSeconds(43));

        assertThat(match).isEqualTo(new PaymentMatch.Paid(HD123, 150_000));
        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(Status.PAID);
        assertThat(orders.open(CREATED.plusSeconds(44))).isEmpty();
        assertThat(outcomes.forDay(DAY)).containsExactly(new PaymentOutcome(DAY, PaymentOutcome.Method.QR,
                150_000, PaymentOutcome.Result.PAID, Optional.of(Duration.ofSeconds(42))));
        assertThat(outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void theSameTransferReportedTwiceChangesNothingTheSecondTime() {
        orders.create(HD123, "PAYLOAD");
        TransferNotification transfer = new TransferNotification("FT001", 150_000, "HD123", CREATED.plusSeconds(5));
        orders.apply(transfer, CREATED.plusSeconds(5));

        assertThat(orders.apply(transfer, CREATED.plusSeconds(9))).isEqualTo(new PaymentMatch.Duplicate("FT001"));
        assertThat(outcomes.forDay(DAY)).hasSize(1);
    }

    @Test
    void aShortTransferIsFlaggedNotPaidNorCounted() {
        orders.create(HD123, "PAYLOAD");

        PaymentMatch match = orders.apply(
                new TransferNotification("FT002", 100_000, "HD123", CREATED.plusSeconds(5)), CREATED.plusSeconds(5));

        assertThat(match).isEqualTo(new PaymentMatch.ShortPayment(HD123, 100_000));
        assertThat(orders.status("HD123")).contains(new SqlitePaymentOrders.StoredOrder(
                HD123, Status.SHORT_PAID, "PAYLOAD", OptionalLong.of(100_000)));
        assertThat(outcomes.forDay(DAY)).isEmpty();
    }

    @Test
    void anOrderPastItsExpiryIsClosedAndCountedAsExpiredAndTheBillCanBeAskedAgain() {
        orders.create(HD123, "PAYLOAD");
        Instant later = HD123.expiresAt().plusSeconds(1);

        assertThat(orders.open(later)).isEmpty();
        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(Status.EXPIRED);
        assertThat(outcomes.forDay(DAY)).containsExactly(new PaymentOutcome(DAY, PaymentOutcome.Method.QR,
                150_000, PaymentOutcome.Result.EXPIRED, Optional.empty()));

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
        assertThat(orders.status("HD123").orElseThrow().status()).isEqualTo(Status.PAID);
    }
}
