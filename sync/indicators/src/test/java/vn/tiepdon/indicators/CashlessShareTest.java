package vn.tiepdon.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashlessShareTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static EventTotal paid(String method, long count, long amount) {
        return new EventTotal(DAY, EventTotal.WHOLE_DAY, EventKind.PAYMENT_PAID, method, 0, count, amount, 0);
    }

    @Test
    void sharesAreOfPaidBillsByCountAndByAmount() {
        CashlessShare share = Indicators.of(List.of(paid("QR", 2, 200_000), paid("CASH", 1, 300_000),
                paid("MANUAL", 1, 500_000),
                new EventTotal(DAY, EventTotal.WHOLE_DAY, EventKind.PAYMENT_EXPIRED, "QR", 0, 1, 900_000, 0)),
                List.of()).cashless();

        // A transfer confirmed by hand (MANUAL) is cashless; cash is not; an expired code is no payment.
        assertThat(share).isEqualTo(new CashlessShare(4, 3, 1_000_000, 700_000));
        assertThat(share.byCount()).isCloseTo(0.75, within(1e-9));
        assertThat(share.byAmount()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void aPeriodWithoutPaymentsHasNoShareRatherThanAnError() {
        CashlessShare none = Indicators.of(List.of(), List.of()).cashless();
        assertThat(none.byCount()).isZero();
        assertThat(none.byAmount()).isZero();
    }

    @Test
    void onlyCashIsNotCashless() {
        assertThat(CashlessShare.isCashless("CASH")).isFalse();
        assertThat(CashlessShare.isCashless("QR")).isTrue();
        assertThat(CashlessShare.isCashless("MANUAL")).isTrue();
    }
}
