package vn.tiepdon.cashier;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.store.SqlitePaymentOutcomes;
import vn.tiepdon.testing.MovableClock;

/** A real desk on a real SQLite file in a test folder, with a clock the test moves. */
public final class DeskFixture implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final PaymentAccount ACCOUNT = new PaymentAccount("970436", "0011000000000", ServiceCode.ACCOUNT,
            Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));

    public final MovableClock clock = new MovableClock(START);
    public final KioskDatabase database;
    public final SqlitePaymentOutcomes outcomes;
    public final PaymentDesk desk;

    public DeskFixture(Path dataDir) {
        database = KioskDatabase.open(dataDir);
        outcomes = new SqlitePaymentOutcomes(database);
        desk = new PaymentDesk(ACCOUNT, new SqlitePaymentOrders(database, ZONE), clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
