package vn.tiepdon.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where payment orders, the bank references already handled and late transfers are kept: the port the payment
 * desk works through. Each call is one transaction that applies {@link TrackedOrder}'s rules, first expiring every
 * open order past its time at {@code now}, and keeps with each order change what it counts, so a change and its
 * count are committed together or not at all.
 *
 * @throws OrdersUnavailable from any call, when the orders cannot be read or written now; nothing changed
 */
public interface PaymentOrders {

    /**
     * Stores a new open order, unless the bill already waits for money (OPEN or SHORT_PAID) or is PAID: a bill has
     * one payment. A bill whose latest order expired or was cancelled gets the new order.
     *
     * @return false when the bill is waiting or paid: nothing is stored
     */
    boolean create(PaymentOrder order, String payload);

    /**
     * Matches the notification to the orders and records what it did: the order paid or short paid, or the money
     * kept as a late transfer; the bank reference remembered, except for an unmatched transfer (the bank retries,
     * and a retry after the order exists must still pay it).
     */
    PaymentMatch apply(TransferNotification notification, Instant now);

    /** The latest order for this bill number. */
    Optional<TrackedOrder> status(String billNumber);

    /** @return the orders this call expired, as they now stand */
    List<TrackedOrder> expireDue(Instant now);

    /** OPEN and SHORT_PAID orders, oldest first. */
    List<TrackedOrder> waiting(Instant now);

    /** @return the cancelled order, or empty when the bill has no order waiting */
    Optional<TrackedOrder> cancel(String billNumber, String reason, Instant now);

    /** @return the paid order, or empty when the bill has no order {@link TrackedOrder#markPaid} allows */
    Optional<TrackedOrder> markPaid(String billNumber, PaymentOutcome.Method method, String reason, Instant now);

    /**
     * The bill's OPEN order as it is, or a {@link TrackedOrder#renew renewed} one when it expired or was cancelled.
     *
     * @return empty when the bill is unknown, paid, or short paid
     */
    Optional<TrackedOrder> reshow(String billNumber, Instant now, Duration validity);

    /** Late transfers the cashier has not dealt with yet, oldest first. */
    List<LateTransfer> lateTransfers();

    /** Late transfers marked {@link LateTransfer.Handling#REFUND} and not given back yet, oldest first. */
    List<LateTransfer> refundsToMake();

    /** The late transfer with this bank reference, handled or not. */
    Optional<LateTransfer> lateTransfer(String reference);

    /**
     * The cashier deals with a late transfer: REFUND only marks it; RECORDED also pays its bill, when
     * {@link TrackedOrder#recordLate} allows, in the same transaction, so it is counted once.
     *
     * @return the late transfer as now stored, or empty when it is unknown, already handled, or cannot be recorded
     */
    Optional<LateTransfer> handleLate(String reference, LateTransfer.Handling handling, String note, Instant now);

    /**
     * The cashier gave back money marked to refund, with a note (the refund's reference, say). Counts nothing: refunded
     * money was never counted as paid.
     *
     * @return the late transfer as now stored, or empty when it is unknown, not marked to refund, or already refunded
     */
    Optional<LateTransfer> markRefunded(String reference, String note, Instant now);
}
