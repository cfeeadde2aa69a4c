package vn.tiepdon.payment.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.PaymentMatch;
import vn.tiepdon.payment.PaymentOrder;
import vn.tiepdon.payment.PaymentOrders;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.VietQr;

/**
 * The one place payment orders change: made (by the cashier, the kiosk, or the hospital information system
 * through the API), paid by a bank notification, closed by the cashier by hand, or expired. Every change is
 * committed first, with its count, through the {@link PaymentOrders} port, then told to the
 * {@link PaymentListener}s — the kiosk, the customer display and the cashier's list.
 */
public final class PaymentDesk {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentDesk.class);

    private final PaymentAccount account;
    private final PaymentOrders orders;
    private final Clock clock;
    private final List<PaymentListener> listeners = new CopyOnWriteArrayList<>();

    public PaymentDesk(PaymentAccount account, PaymentOrders orders, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    public void addListener(PaymentListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(PaymentListener listener) {
        listeners.remove(listener);
    }

    /**
     * Makes an open order and its VietQR payload for the bill.
     *
     * @throws vn.tiepdon.payment.InvalidPaymentRequest when the amount, bill number or purpose breaks a VietQR rule
     * @throws DeskRefusal                              BILL_ALREADY_OPEN when the bill already waits for money (open
     *                                                  or short paid), BILL_ALREADY_PAID when it is paid: a bill has
     *                                                  one payment. An expired or cancelled bill gets a new order.
     */
    public TrackedOrder request(long amountDong, String billNumber, String purpose) {
        String bill = billNumber == null ? "" : billNumber.strip();
        String payload = VietQr.encode(account.requestFor(amountDong, bill, purpose));
        Instant now = expireDue();
        if (!orders.create(new PaymentOrder(bill, amountDong, now, now.plus(account.validity())), payload)) {
            boolean paid = orders.status(bill).filter(o -> o.status() == OrderStatus.PAID).isPresent();
            throw new DeskRefusal(paid ? DeskRefusal.Reason.BILL_ALREADY_PAID : DeskRefusal.Reason.BILL_ALREADY_OPEN,
                    bill);
        }
        return told(orders.status(bill).orElseThrow());
    }

    /**
     * Applies a bank notification; a paid or short-paid order is told to the listeners, and so is money for a bill
     * no longer waiting for it (a late transfer).
     */
    public PaymentMatch receive(TransferNotification notification) {
        Instant now = expireDue();
        PaymentMatch match = orders.apply(notification, now);
        switch (match) {
            case PaymentMatch.Paid paid -> orders.status(paid.order().billNumber()).ifPresent(this::told);
            case PaymentMatch.ShortPayment shortPaid ->
                    orders.status(shortPaid.order().billNumber()).ifPresent(this::told);
            case PaymentMatch.Late late -> orders.lateTransfer(notification.reference()).ifPresent(this::toldLate);
            case PaymentMatch.Duplicate duplicate -> {
            }
            case PaymentMatch.Unmatched unmatched -> {
            }
        }
        return match;
    }

    /** The bill's latest order, with anything past its expiry expired first. */
    public Optional<TrackedOrder> status(String billNumber) {
        expireDue();
        return orders.status(billNumber);
    }

    /** Orders the cashier still has to look at: waiting for money, or short paid. */
    public List<TrackedOrder> waiting() {
        return orders.waiting(expireDue());
    }

    public TrackedOrder cancel(String billNumber, String reason) {
        requireReason(billNumber, reason);
        Instant now = expireDue();
        return told(orders.cancel(billNumber, reason, now).orElseThrow(() -> refusal(billNumber)));
    }

    /** Marks the bill paid by hand: {@code CASH}, or {@code MANUAL} for a transfer confirmed in the bank's app. */
    public TrackedOrder markPaid(String billNumber, PaymentOutcome.Method method, String reason) {
        if (method == PaymentOutcome.Method.QR) {
            throw new IllegalArgumentException("QR payments are confirmed by the bank's notification");
        }
        requireReason(billNumber, reason);
        Instant now = expireDue();
        return told(orders.markPaid(billNumber, method, reason, now).orElseThrow(() -> refusal(billNumber)));
    }

    /** Money that arrived for bills no longer waiting for it, which the cashier has not dealt with yet. */
    public List<LateTransfer> lateTransfers() {
        return orders.lateTransfers();
    }

    /**
     * The cashier deals with a late transfer, with a note (required): RECORDED takes it as the payment of its
     * cancelled or expired bill (PAID by MANUAL, counted once), REFUND marks it to be given back (not counted).
     *
     * @throws DeskRefusal REASON_REQUIRED without a note; NOT_CHANGEABLE when already handled, or when recording
     *                     money for a bill that is paid or waiting again; LATE_TOO_LITTLE when it does not cover the
     *                     bill; NO_SUCH_BILL for an unknown reference
     */
    public LateTransfer handleLate(String reference, LateTransfer.Handling handling, String note) {
        Objects.requireNonNull(handling, "handling");
        LateTransfer late = orders.lateTransfer(reference)
                .orElseThrow(() -> new DeskRefusal(DeskRefusal.Reason.NO_SUCH_BILL, reference));
        requireReason(late.billNumber(), note);
        Instant now = expireDue();
        Optional<LateTransfer> handled = orders.handleLate(reference, handling, note, now);
        if (handled.isEmpty()) {
            throw new DeskRefusal(tooLittle(late, handling) ? DeskRefusal.Reason.LATE_TOO_LITTLE
                    : DeskRefusal.Reason.NOT_CHANGEABLE, late.billNumber());
        }
        if (handling == LateTransfer.Handling.RECORDED) {
            orders.status(late.billNumber()).ifPresent(this::told);
        }
        return toldLate(handled.get());
    }

    /** Money the cashier marked to refund and has not given back yet, oldest first: it stays listed until then. */
    public List<LateTransfer> refundsToMake() {
        return orders.refundsToMake();
    }

    /**
     * The cashier gave back money marked to refund, with a note (required: the refund's reference in the bank's app,
     * or how it was given back). It then leaves the refunds to make; nothing is counted.
     *
     * @throws DeskRefusal REASON_REQUIRED without a note; NO_SUCH_BILL for an unknown reference; NOT_TO_REFUND when
     *                     it is not marked to refund or was refunded already
     */
    public LateTransfer markRefunded(String reference, String note) {
        LateTransfer late = orders.lateTransfer(reference)
                .orElseThrow(() -> new DeskRefusal(DeskRefusal.Reason.NO_SUCH_BILL, reference));
        requireReason(late.billNumber(), note);
        LateTransfer refunded = orders.markRefunded(reference, note.strip(), clock.instant())
                .orElseThrow(() -> new DeskRefusal(DeskRefusal.Reason.NOT_TO_REFUND, late.billNumber()));
        return toldLate(refunded);
    }

    /** Refused only because the money is short of the bill (the bill itself could have taken it). */
    private boolean tooLittle(LateTransfer late, LateTransfer.Handling handling) {
        if (handling != LateTransfer.Handling.RECORDED || late.handled()) {
            return false;
        }
        Optional<TrackedOrder> latest = orders.status(late.billNumber());
        return latest.isPresent() && latest.get().status().closedUnpaid() && !latest.get().recordable(late);
    }

    /** Shows the bill's code again; an expired or cancelled one is renewed for another validity period. */
    public TrackedOrder reshow(String billNumber) {
        Instant now = expireDue();
        return told(orders.reshow(billNumber, now, account.validity()).orElseThrow(() -> refusal(billNumber)));
    }

    /**
     * Expires every order past its time and tells the listeners; a display calls this when its countdown
     * reaches zero.
     *
     * @return the moment used
     */
    public Instant expireDue() {
        Instant now = clock.instant();
        for (TrackedOrder expired : orders.expireDue(now)) {
            told(expired);
        }
        return now;
    }

    private DeskRefusal refusal(String billNumber) {
        return new DeskRefusal(orders.status(billNumber).isPresent() ? DeskRefusal.Reason.NOT_CHANGEABLE
                : DeskRefusal.Reason.NO_SUCH_BILL, billNumber);
    }

    private static void requireReason(String billNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DeskRefusal(DeskRefusal.Reason.REASON_REQUIRED, billNumber);
        }
    }

    private LateTransfer toldLate(LateTransfer late) {
        tell(listener -> listener.lateTransferChanged(late), "a late transfer");
        return late;
    }

    private TrackedOrder told(TrackedOrder order) {
        tell(listener -> listener.orderChanged(order), "an order change");
        return order;
    }

    private void tell(Consumer<PaymentListener> call, String what) {
        for (PaymentListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                // One broken screen must not undo a payment that is already committed, or hide it from the others.
                LOG.error("payment listener failed for {}", what, e);
            }
        }
    }
}
