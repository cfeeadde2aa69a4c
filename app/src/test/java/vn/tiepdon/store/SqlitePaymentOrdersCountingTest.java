package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.payment.LateTransfer.Handling;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.OrdersUnavailable;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.testing.CountedEvents;
import vn.tiepdon.testing.CountedEvents.Row;
import vn.tiepdon.testing.MovableClock;

/**
 * Every payment order change made through the desk is committed together with the event it counts: read back from
 * the database file over a connection of the test's own, and gone together with the change when its transaction
 * is rolled back.
 */
class SqlitePaymentOrdersCountingTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 10:00 in Hanoi. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T03:00:00Z"));
    private KioskDatabase database;
    private PaymentDesk desk;

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dataDir);
        desk = new PaymentDesk(new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT, Optional.empty(),
                Duration.ofMinutes(5)), new SqlitePaymentOrders(database, HANOI, "K01"), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Row counted(EventKind kind, String subject, long amountDong) {
        return new Row("K01", DAY, kind, subject, amountDong, OptionalLong.empty());
    }

    @Test
    void everyKindOfChangeIsInTheEventsTableWithItsKindMethodAndAmount() {
        desk.request(150_000, "K01-1", "");
        desk.reshow("K01-1");
        clock.advance(Duration.ofSeconds(40));
        desk.receive(new TransferNotification("FT1", 150_000, "K01-1", clock.instant()));

        desk.request(90_000, "K01-2", "");
        desk.markPaid("K01-2", Method.CASH, "Tiền mặt");

        desk.request(80_000, "K01-3", "");
        clock.advance(Duration.ofMinutes(6));
        desk.expireDue();
        desk.reshow("K01-3");
        desk.cancel("K01-3", "Thanh toán tại quầy");
        desk.receive(new TransferNotification("FT2", 80_000, "K01-3", clock.instant()));
        desk.handleLate("FT2", Handling.RECORDED, "Khách chuyển sau khi chọn trả tại quầy");

        desk.request(50_000, "K01-4", "");
        desk.receive(new TransferNotification("FT3", 20_000, "K01-4", clock.instant()));
        clock.advance(Duration.ofSeconds(10));
        desk.receive(new TransferNotification("FT4", 30_000, "K01-4 con lai", clock.instant()));
        desk.receive(new TransferNotification("FT5", 50_000, "K01-4", clock.instant()));
        desk.handleLate("FT5", Handling.REFUND, "Trả hai lần");

        desk.request(60_000, "K01-5", "");
        desk.receive(new TransferNotification("FT6", 10_000, "K01-5", clock.instant()));
        desk.cancel("K01-5", "Khách về, hoàn 10.000 đ");

        assertThat(CountedEvents.in(database.file())).containsExactly(
                counted(EventKind.PAYMENT_REQUESTED, "QR", 150_000),
                new Row("K01", DAY, EventKind.PAYMENT_PAID, "QR", 150_000, OptionalLong.of(40_000)),
                counted(EventKind.PAYMENT_REQUESTED, "QR", 90_000),
                counted(EventKind.PAYMENT_PAID, "CASH", 90_000),
                counted(EventKind.PAYMENT_REQUESTED, "QR", 80_000),
                counted(EventKind.PAYMENT_EXPIRED, "QR", 80_000),
                counted(EventKind.PAYMENT_REQUESTED, "QR", 80_000),
                counted(EventKind.PAYMENT_CANCELLED, "QR", 80_000),
                counted(EventKind.PAYMENT_PAID, "MANUAL", 80_000),
                counted(EventKind.PAYMENT_REQUESTED, "QR", 50_000),
                new Row("K01", DAY, EventKind.PAYMENT_PAID, "QR", 50_000, OptionalLong.of(10_000)),
                counted(EventKind.PAYMENT_REQUESTED, "QR", 60_000),
                counted(EventKind.PAYMENT_CANCELLED, "QR", 60_000));
    }

    @Test
    void aChangeWhoseEventCannotBeWrittenIsNotMadeEither() {
        desk.request(150_000, "HD1", "");
        refuseEvents(true);

        assertThatThrownBy(() -> desk.cancel("HD1", "Khách về")).isInstanceOf(OrdersUnavailable.class);
        assertThatThrownBy(() -> desk.receive(new TransferNotification("FT1", 150_000, "HD1", clock.instant())))
                .isInstanceOf(OrdersUnavailable.class);
        refuseEvents(false);

        assertThat(desk.status("HD1").orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(CountedEvents.in(database.file())).extracting(Row::kind)
                .containsExactly(EventKind.PAYMENT_REQUESTED);
        // Nor was the bank reference remembered: the bank's retry pays the bill, counted once.
        assertThat(desk.receive(new TransferNotification("FT1", 150_000, "HD1", clock.instant())))
                .isInstanceOf(PaymentMatch.Paid.class);
        assertThat(CountedEvents.in(database.file())).extracting(Row::kind)
                .containsExactly(EventKind.PAYMENT_REQUESTED, EventKind.PAYMENT_PAID);
    }

    @Test
    void anExpiryNoticedByAnotherProgramOnTheSameFileIsCountedOnceByIt() {
        desk.request(150_000, "HD1", "");
        clock.advance(Duration.ofMinutes(5));
        SqlitePaymentOrders simulatedBank = new SqlitePaymentOrders(database, HANOI, "K01");

        assertThat(simulatedBank.waiting(clock.instant())).isEmpty();
        desk.expireDue();

        assertThat(CountedEvents.in(database.file())).extracting(Row::kind)
                .containsExactly(EventKind.PAYMENT_REQUESTED, EventKind.PAYMENT_EXPIRED);
    }

    /** Makes every insert into {@code events} fail, as a full disk or a broken file would, or stops doing so. */
    private void refuseEvents(boolean refuse) {
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(refuse ? """
                        CREATE TRIGGER refuse_events BEFORE INSERT ON events
                        BEGIN SELECT RAISE(ABORT, 'events refused by the test'); END"""
                        : "DROP TRIGGER refuse_events");
            }
            return null;
        });
    }
}
