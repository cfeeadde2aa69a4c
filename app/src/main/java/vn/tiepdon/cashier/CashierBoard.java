package vn.tiepdon.cashier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.InvalidPaymentRequest;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.OrdersUnavailable;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.VietnameseAmount;
import vn.tiepdon.payment.desk.DeskRefusal;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.PaymentListener;

/**
 * The cashier's side, without any UI toolkit: the bills still waiting, and the actions on them. Every action
 * answers in words the cashier can act on; nothing a cashier types ends in an exception.
 *
 * <p>Not thread-safe: call everything on the UI thread; {@link #orderChanged} reloads the list.
 */
public final class CashierBoard implements PaymentListener {

    private static final Logger LOG = LoggerFactory.getLogger(CashierBoard.class);

    private static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(10);

    private final PaymentDesk desk;
    private final CashierTexts texts;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ActionResult>> newsListeners = new CopyOnWriteArrayList<>();
    private List<WaitingRow> rows = List.of();
    private List<LateRow> lateRows = List.of();
    private List<LateRow> refundRows = List.of();
    /** Empty until the first read: late transfers already there when the window opens are listed, not announced. */
    private Optional<Instant> readAt = Optional.empty();

    public CashierBoard(PaymentDesk desk, CashierTexts texts) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public CashierTexts texts() {
        return texts;
    }

    public PaymentDesk desk() {
        return desk;
    }

    /** Oldest first, as {@link #refresh()} last read them. */
    public List<WaitingRow> rows() {
        return rows;
    }

    /** Money that arrived for bills no longer waiting for it, not yet dealt with, as {@link #refresh()} read it. */
    public List<LateRow> lateRows() {
        return lateRows;
    }

    /**
     * Money the cashier marked to refund and has not given back yet, oldest first, as {@link #refresh()} read it: it
     * stays here, across restarts, until {@link #markRefunded}.
     */
    public List<LateRow> refundRows() {
        return refundRows;
    }

    /** Told when the rows were read again. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Told when the bank's notification paid a bill (done) or brought too little (not done), so that the cashier
     * hears of it without watching the list.
     */
    public void addNewsListener(Consumer<ActionResult> listener) {
        newsListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void orderChanged(TrackedOrder order) {
        refresh();
        news(order).ifPresent(news -> newsListeners.forEach(listener -> listener.accept(news)));
    }

    /** A late transfer arrived or was dealt with: the list is read again, and a new one is announced. */
    @Override
    public void lateTransferChanged(LateTransfer late) {
        refresh();
    }

    private Optional<ActionResult> news(TrackedOrder order) {
        String bill = order.billNumber();
        long asked = order.order().amountDong();
        long received = order.receivedDong().orElse(asked);
        return switch (order.status()) {
            case PAID -> order.paidMethod().filter(m -> m == PaymentOutcome.Method.QR)
                    .map(m -> ActionResult.done(texts.get("news.paid", bill, VietnameseAmount.digits(received))));
            case SHORT_PAID -> Optional.of(ActionResult.refused(texts.get("news.short", bill,
                    VietnameseAmount.digits(received), VietnameseAmount.digits(Math.max(0, asked - received)))));
            default -> Optional.empty();
        };
    }

    /** Reads the waiting bills again (expiring the ones past their time). */
    public void refresh() {
        List<WaitingRow> rowsBefore = rows;
        List<LateRow> lateBefore = lateRows;
        List<LateRow> refundsBefore = refundRows;
        boolean firstRead = readAt.isEmpty();
        try {
            List<WaitingRow> waiting = desk.waiting().stream().map(WaitingRow::of).toList();
            List<LateRow> late = desk.lateTransfers().stream().map(LateRow::new).toList();
            refundRows = desk.refundsToMake().stream().map(LateRow::new).toList();
            lateRows = late;
            rows = waiting;
            readAt = Optional.of(desk.clock().instant());
        } catch (OrdersUnavailable e) {
            // The list stays as it was; the next change or tick tries again.
            LOG.warn("cashier list could not be read: {}", e.getMessage());
            return;
        }
        if (!firstRead) {
            lateRows.stream().filter(row -> !lateBefore.contains(row)).forEach(this::announce);
        }
        // Redrawn only when something changed: a list rebuilt under the cashier's finger loses the click.
        if (firstRead || !rows.equals(rowsBefore) || !lateRows.equals(lateBefore)
                || !refundRows.equals(refundsBefore)) {
            listeners.forEach(Runnable::run);
        }
    }

    /**
     * Called about once a second by the UI: when a listed code has run out, the list is read again (which expires
     * it), so the cashier never picks a bill that can no longer be paid; and every ten seconds anyway, for what
     * another process on the same database changed.
     */
    public void tick() {
        Instant now = desk.clock().instant();
        boolean codeRanOut = rows.stream().anyMatch(row -> !row.shortPaid() && !now.isBefore(row.expiresAt()));
        // A kiosk sharing this database takes payments in its own process, which tells this board nothing.
        boolean stale = readAt.map(at -> !now.isBefore(at.plus(READ_AGAIN_AFTER))).orElse(true);
        if (codeRanOut || stale) {
            refresh();
        }
    }

    private void announce(LateRow row) {
        ActionResult news = ActionResult.refused(row.news(texts));
        newsListeners.forEach(listener -> listener.accept(news));
    }

    /** A new code for a bill: the amount as typed ("150.000"), the bill number, an optional purpose. */
    public ActionResult request(String amountText, String billNumber, String purpose) {
        OptionalLong amount = AmountInput.parse(amountText);
        if (amount.isEmpty()) {
            return ActionResult.refused(texts.get("amount.notNumber"));
        }
        String bill = billNumber == null ? "" : billNumber.strip();
        if (bill.isEmpty()) {
            return ActionResult.refused(texts.get("bill.missing"));
        }
        return act(() -> {
            TrackedOrder order = desk.request(amount.getAsLong(), bill, purpose == null ? "" : purpose.strip());
            return texts.get("done.created", bill, VietnameseAmount.digits(order.order().amountDong()));
        });
    }

    public ActionResult reshow(String billNumber) {
        return act(() -> {
            desk.reshow(billNumber);
            return texts.get("done.reshown", billNumber);
        });
    }

    public ActionResult cancel(String billNumber, String reason) {
        return act(() -> {
            desk.cancel(billNumber, reason == null ? null : reason.strip());
            return texts.get("done.cancelled", billNumber);
        });
    }

    /** {@code CASH} ("Thu tiền mặt") or {@code MANUAL} ("Xác nhận đã nhận chuyển khoản"), with a reason. */
    public ActionResult markPaid(String billNumber, PaymentOutcome.Method method, String reason) {
        if (method == PaymentOutcome.Method.QR) {
            throw new IllegalArgumentException("QR payments are confirmed by the bank's notification");
        }
        return act(() -> {
            desk.markPaid(billNumber, method, reason == null ? null : reason.strip());
            return texts.get("done." + method.name(), billNumber);
        });
    }

    /**
     * The cashier deals with a late transfer, with a note (required): {@code RECORDED} takes it as the payment of
     * its cancelled or expired bill, {@code REFUND} marks it to be given back.
     */
    public ActionResult handleLate(String reference, LateTransfer.Handling handling, String note) {
        Objects.requireNonNull(handling, "handling");
        return act(() -> {
            LateTransfer late = desk.handleLate(reference, handling, note == null ? null : note.strip());
            return texts.get("done.late." + handling.name(), late.billNumber(),
                    VietnameseAmount.digits(late.amountDong()));
        });
    }

    /**
     * The cashier gave back money marked to refund, with a note (required: the refund's reference, or how it was
     * given back); it leaves the refunds to make.
     */
    public ActionResult markRefunded(String reference, String note) {
        return act(() -> {
            LateTransfer refunded = desk.markRefunded(reference, note == null ? null : note.strip());
            return texts.get("done.refunded", refunded.billNumber(), VietnameseAmount.digits(refunded.amountDong()));
        });
    }

    private interface Action {
        Bilingual run();
    }

    private ActionResult act(Action action) {
        try {
            return ActionResult.done(action.run());
        } catch (InvalidPaymentRequest invalid) {
            return ActionResult.refused(texts.invalid(invalid));
        } catch (DeskRefusal refusal) {
            return ActionResult.refused(texts.refusal(refusal));
        } catch (OrdersUnavailable e) {
            LOG.error("cashier action on a bill failed: storage unavailable: {}", e.getMessage());
            return ActionResult.refused(texts.get("storage.failed"));
        }
    }
}
