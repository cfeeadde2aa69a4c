package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.payment.PaymentOutcome.Method;

/** The life of a payment order, without a database: which action each status allows, and what it leaves. */
class TrackedOrderTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T03:00:00Z");
    private static final Instant EXPIRES = CREATED.plus(Duration.ofMinutes(15));
    private static final Instant NOW = CREATED.plusSeconds(40);
    private static final PaymentOrder HD123 = new PaymentOrder("HD123", 150_000, CREATED, EXPIRES);

    private static TrackedOrder in(OrderStatus status) {
        return new TrackedOrder(HD123, status, "PAYLOAD", OptionalLong.empty());
    }

    private static TrackedOrder shortPaid(long received) {
        return new TrackedOrder(HD123, OrderStatus.SHORT_PAID, "PAYLOAD", OptionalLong.of(received));
    }

    private static LateTransfer late(long amount) {
        return LateTransfer.arrived(new TransferNotification("FT9", amount, "HD123", NOW), "HD123", amount,
                LateTransfer.Why.AFTER_CANCEL);
    }

    /** Which actions each status allows, as the cashier's manual describes them. */
    @ParameterizedTest
    @CsvSource({
            // status,   cancel, by hand, late money, shown again as new
            "OPEN,       true,   true,    false,      false",
            "SHORT_PAID, true,   true,    false,      false",
            "EXPIRED,    false,  true,    true,       true",
            "CANCELLED,  false,  false,   true,       true",
            "PAID,       false,  false,   false,      false"})
    void eachStatusAllowsOnlyItsActions(OrderStatus status, boolean cancel, boolean byHand, boolean lateMoney,
                                        boolean renew) {
        TrackedOrder order = in(status);

        assertThat(order.cancel("x", NOW).isPresent()).as("cancel").isEqualTo(cancel);
        assertThat(order.markPaid(Method.CASH, "tiền mặt", NOW).isPresent()).as("by hand").isEqualTo(byHand);
        assertThat(order.recordLate(late(150_000), "ghi", NOW).isPresent()).as("late money").isEqualTo(lateMoney);
        assertThat(order.recordable(late(150_000))).as("late money").isEqualTo(lateMoney);
        assertThat(order.renew(NOW, Duration.ofMinutes(15)).isPresent()).as("shown again").isEqualTo(renew);
    }

    @Test
    void aNewOrderIsOpenFromItsCreation() {
        OrderChange opened = TrackedOrder.opened(HD123, "PAYLOAD");

        assertThat(opened.created()).isTrue();
        assertThat(opened.at()).isEqualTo(CREATED);
        assertThat(opened.order()).isEqualTo(in(OrderStatus.OPEN));
    }

    @Test
    void onlyAnOpenOrderExpiresAndOnlyOnceItsTimeIsUp() {
        assertThat(in(OrderStatus.OPEN).expire(EXPIRES.minusMillis(1))).isEmpty();
        OrderChange expired = in(OrderStatus.OPEN).expire(EXPIRES).orElseThrow();

        assertThat(expired.from()).contains(OrderStatus.OPEN);
        assertThat(expired.order().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(expired.at()).isEqualTo(EXPIRES);
        assertThat(shortPaid(100_000).expire(EXPIRES.plusSeconds(60))).as("waits for the cashier").isEmpty();
        assertThat(in(OrderStatus.PAID).expire(EXPIRES.plusSeconds(60))).isEmpty();
    }

    @Test
    void transfersPayAWaitingOrderByQrWhenTheyCoverItElseLeaveItShort() {
        OrderChange paid = in(OrderStatus.OPEN).transferred(150_000, NOW).orElseThrow();
        OrderChange stillShort = in(OrderStatus.OPEN).transferred(100_000, NOW).orElseThrow();
        OrderChange rest = shortPaid(100_000).transferred(150_000, NOW).orElseThrow();

        assertThat(paid.order()).isEqualTo(new TrackedOrder(HD123, OrderStatus.PAID, "PAYLOAD",
                OptionalLong.of(150_000), Optional.of(Method.QR), Optional.empty()));
        assertThat(stillShort.order()).isEqualTo(shortPaid(100_000));
        assertThat(rest.from()).contains(OrderStatus.SHORT_PAID);
        assertThat(rest.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(in(OrderStatus.EXPIRED).transferred(150_000, NOW)).as("late money, not a payment").isEmpty();
        assertThat(in(OrderStatus.PAID).transferred(150_000, NOW)).isEmpty();
    }

    @Test
    void aTransferForABillNoLongerOpenIsTheRestOfAShortPaymentOrLateMoney() {
        assertThat(shortPaid(100_000).matchWhenNotOpen(50_000)).isEqualTo(new PaymentMatch.Paid(HD123, 150_000));
        assertThat(shortPaid(50_000).matchWhenNotOpen(50_000))
                .isEqualTo(new PaymentMatch.ShortPayment(HD123, 100_000));
        assertThat(in(OrderStatus.CANCELLED).matchWhenNotOpen(150_000))
                .isEqualTo(new PaymentMatch.Late(HD123, 150_000, LateTransfer.Why.AFTER_CANCEL));
        assertThat(in(OrderStatus.EXPIRED).matchWhenNotOpen(150_000))
                .isEqualTo(new PaymentMatch.Late(HD123, 150_000, LateTransfer.Why.AFTER_EXPIRY));
        assertThat(in(OrderStatus.PAID).matchWhenNotOpen(150_000))
                .isEqualTo(new PaymentMatch.Late(HD123, 150_000, LateTransfer.Why.ALREADY_PAID));
        assertThatThrownBy(() -> in(OrderStatus.OPEN).matchWhenNotOpen(150_000))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTotalThatWouldOverflowIsRefusedNotWrapped() {
        assertThatThrownBy(() -> shortPaid(100_000).matchWhenNotOpen(Long.MAX_VALUE))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void closingByHandKeepsWhatArrivedAndTheCashiersReason() {
        TrackedOrder cancelled = shortPaid(100_000).cancel("  Khách về  ", NOW).orElseThrow().order();
        TrackedOrder cash = shortPaid(100_000).markPaid(Method.CASH, "Thu thêm 50.000 đ", NOW).orElseThrow().order();

        assertThat(cancelled).isEqualTo(new TrackedOrder(HD123, OrderStatus.CANCELLED, "PAYLOAD",
                OptionalLong.of(100_000), Optional.empty(), Optional.of("Khách về")));
        assertThat(cash).isEqualTo(new TrackedOrder(HD123, OrderStatus.PAID, "PAYLOAD", OptionalLong.of(100_000),
                Optional.of(Method.CASH), Optional.of("Thu thêm 50.000 đ")));
        assertThatThrownBy(() -> in(OrderStatus.OPEN).markPaid(Method.QR, "x", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateMoneyPaysAClosedBillByManualOnlyWhenWithWhatCameBeforeItCoversTheBill() {
        TrackedOrder cancelledShort = new TrackedOrder(HD123, OrderStatus.CANCELLED, "PAYLOAD",
                OptionalLong.of(100_000), Optional.empty(), Optional.of("Khách về"));

        assertThat(in(OrderStatus.CANCELLED).recordLate(late(149_999), "ghi", NOW)).isEmpty();
        OrderChange recorded = cancelledShort.recordLate(late(50_000), "Khách chuyển nốt", NOW).orElseThrow();

        assertThat(recorded.from()).contains(OrderStatus.CANCELLED);
        assertThat(recorded.order()).isEqualTo(new TrackedOrder(HD123, OrderStatus.PAID, "PAYLOAD",
                OptionalLong.of(100_000), Optional.of(Method.MANUAL), Optional.of("Khách chuyển nốt")));
    }

    @Test
    void aCodeShownAgainIsANewOrderForTheSameAmountAndPayloadFromNow() {
        OrderChange renewed = in(OrderStatus.EXPIRED).renew(NOW, Duration.ofMinutes(15)).orElseThrow();

        assertThat(renewed.created()).isTrue();
        assertThat(renewed.order()).isEqualTo(new TrackedOrder(new PaymentOrder("HD123", 150_000, NOW,
                NOW.plus(Duration.ofMinutes(15))), OrderStatus.OPEN, "PAYLOAD", OptionalLong.empty()));
    }
}
