package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.CashlessShare;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.PaymentOutcome.Result;

class SqlitePaymentOutcomesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    @Test
    void outcomesAreKeptPerDayAndGiveTheCashlessShare() {
        PaymentOutcome byQr = new PaymentOutcome(DAY, Method.QR, 150_000, Result.PAID, Optional.of(Duration.ofSeconds(38)));
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqlitePaymentOutcomes outcomes = new SqlitePaymentOutcomes(database);
            outcomes.record(byQr);
            outcomes.record(new PaymentOutcome(DAY, Method.CASH, 350_000, Result.PAID, Optional.empty()));
            outcomes.record(new PaymentOutcome(DAY, Method.QR, 90_000, Result.EXPIRED, Optional.empty()));
            outcomes.record(new PaymentOutcome(DAY.plusDays(1), Method.QR, 10_000, Result.PAID, Optional.empty()));

            assertThat(outcomes.forDay(DAY)).hasSize(3).first().isEqualTo(byQr);
            assertThat(outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(2, 1, 500_000, 150_000));
            assertThat(outcomes.cashlessShare(DAY.plusDays(1)).byCount()).isEqualTo(1.0);
        }
    }
}
