package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.PaymentOutcome.Method;
import vn.tiepdon.payment.PaymentOutcome.Result;

class CashlessShareTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static PaymentOutcome paid(Method method, long amount) {
        return new PaymentOutcome(DAY, method, amount, Result.PAID,
                method == Method.QR ? Optional.of(Duration.ofSeconds(45)) : Optional.empty());
    }

    @Test
    void sharesAreOfPaidBillsByCountAndByAmount() {
        CashlessShare share = CashlessShare.of(List.of(
                paid(Method.QR, 150_000), paid(Method.QR, 50_000), paid(Method.CASH, 300_000),
                paid(Method.MANUAL, 500_000),
                new PaymentOutcome(DAY, Method.QR, 900_000, Result.EXPIRED, Optional.empty()),
                new PaymentOutcome(DAY, Method.QR, 700_000, Result.CANCELLED, Optional.empty())));

        // A transfer confirmed by hand (MANUAL) is cashless; cash is not.
        assertThat(share).isEqualTo(new CashlessShare(4, 3, 1_000_000, 700_000));
        assertThat(share.byCount()).isCloseTo(0.75, within(1e-9));
        assertThat(share.byAmount()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void aDayWithoutPaymentsHasNoShareRatherThanAnError() {
        CashlessShare none = CashlessShare.of(List.of());
        assertThat(none.byCount()).isZero();
        assertThat(none.byAmount()).isZero();
    }
}
