package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentMatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final PaymentOrder HD123 = order("HD123", 150_000);
    private static final PaymentOrder HD12 = order("HD12", 80_000);
    private static final PaymentOrder VP_2026_0042 = order("VP-2026/0042", 1_250_000);

    private static PaymentOrder order(String bill, long amount) {
        return new PaymentOrder(bill, amount, NOW, NOW.plus(Duration.ofMinutes(15)));
    }

    private static PaymentMatch match(String content, long amount, String reference) {
        return PaymentMatcher.match(new TransferNotification(reference, amount, content, NOW.plusSeconds(40)),
                List.of(HD12, HD123, VP_2026_0042), Set.of("FT26329000001"));
    }

    @ParameterizedTest(name = "\"{0}\" pays {1}")
    @CsvSource(delimiter = ';', value = {
            // What banks report after rewriting the purpose "HD123 Thanh toan vien phi".
            "HD123 Thanh toan vien phi; HD123",
            "MBVCB.7845123.HD123.Thanh toan vien phi.CT tu 0011001234567; HD123",
            "hd123 thanh toán viện phí; HD123",
            "HD12 tien kham; HD12",
            "VP20260042 thanh toan; VP-2026/0042",
            "vp-2026/0042; VP-2026/0042"})
    void theBillNamedInTheContentIsPaid(String content, String bill) {
        PaymentOrder expected = List.of(HD12, HD123, VP_2026_0042).stream()
                .filter(o -> o.billNumber().equals(bill)).findFirst().orElseThrow();

        PaymentMatch result = match(content, expected.amountDong(), "FT26329000777");

        assertThat(result).isEqualTo(new PaymentMatch.Paid(expected, expected.amountDong()));
    }

    @Test
    void aLongerNumberDoesNotPayAShorterBill() {
        assertThat(match("HD1234 thanh toan", 150_000, "FT1")).isInstanceOf(PaymentMatch.Unmatched.class);
        assertThat(match("thanh toan khac", 150_000, "FT2")).isInstanceOf(PaymentMatch.Unmatched.class);
    }

    @Test
    void lessThanTheBillIsFlaggedNotPaid() {
        assertThat(match("HD123", 100_000, "FT3")).isEqualTo(new PaymentMatch.ShortPayment(HD123, 100_000));
        assertThat(match("HD123", 200_000, "FT4")).isEqualTo(new PaymentMatch.Paid(HD123, 200_000));
    }

    @Test
    void aTransferReportedTwiceIsADuplicate() {
        assertThat(match("HD123", 150_000, "FT26329000001"))
                .isEqualTo(new PaymentMatch.Duplicate("FT26329000001"));
    }

    @Test
    void ordersAreChecked() {
        assertThatThrownBy(() -> order("HD1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentOrder("HD1", 1, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HD123.expiredAt(NOW.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(HD123.expiredAt(NOW.plus(Duration.ofMinutes(14)))).isFalse();
    }

    @Test
    void closedBillsAreTestedAgainstTheContentReducedTheSameWayAsOpenOnes() {
        Predicate<String> named = PaymentMatcher.billsNamedIn(new TransferNotification("FT9", 150_000,
                "MBVCB.77 Hóa đơn HĐ-123 k01/2511-0007 Nguyễn Văn A", NOW));

        assertThat(named).accepts("HD123", "hd 123", "HĐ123", "K01-2511/0007");
        assertThat(named).rejects("HD12", "HD1234", "K01-2511/000");
    }
}
