package vn.tiepdon.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A payment order as the hospital tracks it: what was asked, where it stands, and what arrived; and the rules of
 * its life. Each action returns the {@link OrderChange} it makes, or nothing when the order's status does not allow
 * it, so every store applies the same rules and the screens and counts agree on what happened.
 *
 * <pre>
 *  (new) ─▶ OPEN ─transfer─▶ PAID, or SHORT_PAID ─the rest─▶ PAID
 *  OPEN ─time up─▶ EXPIRED          OPEN, SHORT_PAID ─cancel─▶ CANCELLED
 *  OPEN, SHORT_PAID, EXPIRED ─by hand (cash, transfer seen in the bank's app)─▶ PAID
 *  EXPIRED, CANCELLED ─late money recorded─▶ PAID (MANUAL)
 *  EXPIRED, CANCELLED ─shown again─▶ a new OPEN order for the same bill
 * </pre>
 *
 * @param receivedDong what arrived by transfer; empty until a transfer matched
 * @param paidMethod   how it was paid, once PAID
 * @param reason       what the cashier wrote when closing it by hand (cancelled, cash, transfer confirmed by hand)
 */
public record TrackedOrder(PaymentOrder order, OrderStatus status, String payload, OptionalLong receivedDong,
                           Optional<PaymentOutcome.Method> paidMethod, Optional<String> reason) {

    public TrackedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payload, "payload");
        receivedDong = receivedDong == null ? OptionalLong.empty() : receivedDong;
        paidMethod = paidMethod == null ? Optional.empty() : paidMethod;
        // Stored as the cashier meant it: a reason of spaces is no reason.
        reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(text -> !text.isEmpty());
    }

    public TrackedOrder(PaymentOrder order, OrderStatus status, String payload, OptionalLong receivedDong) {
        this(order, status, payload, receivedDong, Optional.empty(), Optional.empty());
    }

    /** A new order waiting for money, made at its creation time. */
    public static OrderChange opened(PaymentOrder order, String payload) {
        return new OrderChange(Optional.empty(), new TrackedOrder(order, OrderStatus.OPEN, payload,
                OptionalLong.empty()), order.createdAt());
    }

    public String billNumber() {
        return order.billNumber();
    }

    /** An open order whose time is up at {@code now} expires; nothing else does (a short-paid one waits). */
    public Optional<OrderChange> expire(Instant now) {
        if (status != OrderStatus.OPEN || !order.expiredAt(now)) {
            return Optional.empty();
        }
        return becomes(OrderStatus.EXPIRED, receivedDong, Optional.empty(), reason, now);
    }

    /**
     * Transfers matched to a waiting order, {@code totalDong} in all (a short payment's rest adds to what came
     * before): PAID by QR when they cover the bill, else SHORT_PAID for the cashier.
     */
    public Optional<OrderChange> transferred(long totalDong, Instant now) {
        if (!status.waiting()) {
            return Optional.empty();
        }
        return covers(totalDong)
                ? becomes(OrderStatus.PAID, OptionalLong.of(totalDong), Optional.of(PaymentOutcome.Method.QR),
                        reason, now)
                : becomes(OrderStatus.SHORT_PAID, OptionalLong.of(totalDong), Optional.empty(), reason, now);
    }

    /**
     * What a transfer naming this bill is when the bill no longer waits for a transfer (it is not OPEN): the rest of
     * a short payment (paid once the total covers the bill, else still short with the new total), or late money
     * for a bill cancelled, expired or already paid, which leaves the bill as it is.
     */
    public PaymentMatch matchWhenNotOpen(long receivedDong) {
        return switch (status) {
            case SHORT_PAID -> {
                // Checked: a wrapped total would read as short (negative) or pay with money that never came.
                long total = Math.addExact(this.receivedDong.orElse(0), receivedDong);
                yield covers(total) ? new PaymentMatch.Paid(order, total) : new PaymentMatch.ShortPayment(order, total);
            }
            case CANCELLED -> new PaymentMatch.Late(order, receivedDong, LateTransfer.Why.AFTER_CANCEL);
            case EXPIRED -> new PaymentMatch.Late(order, receivedDong, LateTransfer.Why.AFTER_EXPIRY);
            case PAID -> new PaymentMatch.Late(order, receivedDong, LateTransfer.Why.ALREADY_PAID);
            case OPEN -> throw new IllegalStateException("an open order is matched by PaymentMatcher");
        };
    }

    /** The cashier cancels an order still waiting (the patient left, or will pay another way). Not a paid one. */
    public Optional<OrderChange> cancel(String why, Instant now) {
        if (!status.waiting()) {
            return Optional.empty();
        }
        return becomes(OrderStatus.CANCELLED, receivedDong, Optional.empty(), Optional.ofNullable(why), now);
    }

    /**
     * The cashier marks it paid by hand: cash, or a transfer seen in the bank's app. Allowed while it waits, and
     * after it expired (the money may come after the code ran out); not once cancelled, where the money is a late
     * transfer to record, nor twice.
     *
     * @throws IllegalArgumentException for QR: only the bank's notification says a QR payment arrived
     */
    public Optional<OrderChange> markPaid(PaymentOutcome.Method method, String why, Instant now) {
        if (method == PaymentOutcome.Method.QR) {
            throw new IllegalArgumentException("QR payments are confirmed by the bank's notification");
        }
        if (!status.waiting() && status != OrderStatus.EXPIRED) {
            return Optional.empty();
        }
        return becomes(OrderStatus.PAID, receivedDong, Optional.of(method), Optional.ofNullable(why), now);
    }

    /** Late money can be this bill's payment only when the bill was closed unpaid and the money covers it. */
    public boolean recordable(LateTransfer late) {
        return status.closedUnpaid() && covers(Math.addExact(receivedDong.orElse(0), late.amountDong()));
    }

    /**
     * The cashier records late money as this bill's payment: PAID by MANUAL (the cashier decided, and the time to
     * pay by QR stays honest).
     */
    public Optional<OrderChange> recordLate(LateTransfer late, String note, Instant now) {
        if (!recordable(late)) {
            return Optional.empty();
        }
        return becomes(OrderStatus.PAID, receivedDong, Optional.of(PaymentOutcome.Method.MANUAL),
                Optional.ofNullable(note), now);
    }

    /**
     * Showing an expired or cancelled code again makes a new order for the same amount and payload, valid for
     * {@code validity} from now. An open order is shown as it is, and a paid or short-paid one is not shown again.
     */
    public Optional<OrderChange> renew(Instant now, Duration validity) {
        if (!status.closedUnpaid()) {
            return Optional.empty();
        }
        PaymentOrder fresh = new PaymentOrder(billNumber(), order.amountDong(), now, now.plus(validity));
        return Optional.of(new OrderChange(Optional.empty(),
                new TrackedOrder(fresh, OrderStatus.OPEN, payload, OptionalLong.empty()), now));
    }

    private boolean covers(long dong) {
        return dong >= order.amountDong();
    }

    private Optional<OrderChange> becomes(OrderStatus next, OptionalLong received, Optional<PaymentOutcome.Method> by,
                                          Optional<String> why, Instant now) {
        return Optional.of(new OrderChange(Optional.of(status),
                new TrackedOrder(order, next, payload, received, by, why), now));
    }
}
