package vn.tiepdon.cashier;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.testing.CountedEvents;
import vn.tiepdon.testing.MovableClock;

/** A real desk on a real SQLite file in a test folder, with a clock the test moves. */
public final class DeskFixture implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final PaymentAccount ACCOUNT = new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT,
            Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));

    public final MovableClock clock = new MovableClock(START);
    public final KioskDatabase database;
    public final PaymentDesk desk;

    public DeskFixture(Path dataDir) {
        database = KioskDatabase.open(dataDir);
        desk = new PaymentDesk(ACCOUNT, new SqlitePaymentOrders(database, ZONE, "Q01"), clock);
    }

    /** The cashless share of the day as the indicators read it from the counted events. */
    public CashlessShare cashless(LocalDate day) {
        return new SqliteEventTotals(database).indicators(day, day).cashless();
    }

    /** The payment events counted so far, as committed, in order. */
    public List<CountedEvents.Row> payments() {
        return CountedEvents.payments(database.file());
    }

    /** How bills ended, as counted so far: requests left out. */
    public List<EventKind> outcomes() {
        return payments().stream().map(CountedEvents.Row::kind).filter(kind -> kind != EventKind.PAYMENT_REQUESTED)
                .toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
