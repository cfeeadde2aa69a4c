package vn.tiepdon.cashier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.Bank;
import vn.tiepdon.payment.BankDirectory;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.OrdersUnavailable;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.PaymentListener;

/**
 * What the customer display shows, without any UI toolkit. It follows the order made or shown again most
 * recently; the desk's events about that order change the screen, events about other bills do not. The UI calls
 * {@link #tick()} about once a second: the countdown moves, a code that runs out is expired through the desk,
 * and a finished bill gives way to the welcome after {@code backToIdleAfter}.
 *
 * <p>Not thread-safe: call everything on the UI thread (the JavaFX layer hops there from the HTTP threads).
 */
public final class CustomerDisplay implements PaymentListener {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerDisplay.class);

    public static final Duration DEFAULT_BACK_TO_IDLE = Duration.ofSeconds(10);

    private final String hospitalName;
    private final String bankName;
    private final PaymentDesk desk;
    private final Duration backToIdleAfter;
    private final List<Consumer<DisplayScreen>> listeners = new CopyOnWriteArrayList<>();
    private DisplayScreen screen;
    private TrackedOrder followed;
    private Instant finishedAt;

    /**
     * @param bankName the receiving bank as patients know it (see {@link #bankName})
     */
    public CustomerDisplay(String hospitalName, String bankName, PaymentDesk desk, Duration backToIdleAfter) {
        this.hospitalName = Objects.requireNonNull(hospitalName, "hospitalName");
        this.bankName = Objects.requireNonNull(bankName, "bankName");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.backToIdleAfter = Objects.requireNonNull(backToIdleAfter, "backToIdleAfter");
        this.screen = new DisplayScreen.Idle(hospitalName);
    }

    /** The receiving bank as patients know it: its short name, or its BIN when the bank list does not know it. */
    public static String bankName(BankDirectory banks, String bin) {
        return banks.byBin(bin).map(Bank::shortName).orElse(bin);
    }

    public DisplayScreen screen() {
        return screen;
    }

    /** Told every change of screen, the countdown's included. */
    public void addListener(Consumer<DisplayScreen> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void orderChanged(TrackedOrder order) {
        Instant now = desk.clock().instant();
        if (order.status() == OrderStatus.OPEN) {
            followed = order;
            finishedAt = null;
            show(awaiting(order, now));
            return;
        }
        if (followed == null || !followed.billNumber().equals(order.billNumber())) {
            return;
        }
        followed = order;
        switch (order.status()) {
            case PAID -> finish(new DisplayScreen.Paid(hospitalName, order.order().amountDong(), order.billNumber()),
                    now);
            case EXPIRED -> finish(new DisplayScreen.Expired(hospitalName, order.billNumber()), now);
            case CANCELLED -> finish(new DisplayScreen.Cancelled(hospitalName, order.billNumber()), now);
            // Stays until the cashier cancels it or takes the rest: the customer must not walk away unsure.
            case SHORT_PAID -> show(new DisplayScreen.ShortPaid(hospitalName, order.order().amountDong(),
                    order.receivedDong().orElse(0), order.billNumber()));
            case OPEN -> throw new IllegalStateException("handled above");
        }
    }

    /** Moves the countdown; at zero the desk expires the code (its event then shows "Hết hạn"). */
    public void tick() {
        Instant now = desk.clock().instant();
        switch (screen) {
            case DisplayScreen.AwaitingPayment awaiting -> {
                Duration remaining = Duration.between(now, followed.order().expiresAt());
                if (remaining.isNegative() || remaining.isZero()) {
                    show(awaiting.withRemaining(Duration.ZERO));
                    expireThroughDesk();
                } else if (!awaiting.withRemaining(remaining).countdown().equals(awaiting.countdown())) {
                    show(awaiting.withRemaining(remaining));
                }
            }
            case DisplayScreen.Paid paid -> idleAfterPause(now);
            case DisplayScreen.Expired expired -> idleAfterPause(now);
            case DisplayScreen.Cancelled cancelled -> idleAfterPause(now);
            case DisplayScreen.ShortPaid shortPaid -> {
            }
            case DisplayScreen.Idle idle -> {
            }
        }
    }

    private void expireThroughDesk() {
        try {
            desk.expireDue();
        } catch (OrdersUnavailable e) {
            // The code shows 00:00 meanwhile; the next tick tries again.
            LOG.warn("expired code could not be recorded yet: {}", e.getMessage());
        }
    }

    private void idleAfterPause(Instant now) {
        if (finishedAt != null && !now.isBefore(finishedAt.plus(backToIdleAfter))) {
            followed = null;
            finishedAt = null;
            show(new DisplayScreen.Idle(hospitalName));
        }
    }

    private DisplayScreen.AwaitingPayment awaiting(TrackedOrder order, Instant now) {
        Duration remaining = Duration.between(now, order.order().expiresAt());
        return new DisplayScreen.AwaitingPayment(hospitalName, bankName, order.order().amountDong(),
                order.billNumber(), order.payload(), remaining.isNegative() ? Duration.ZERO : remaining);
    }

    private void finish(DisplayScreen finished, Instant now) {
        finishedAt = now;
        show(finished);
    }

    private void show(DisplayScreen next) {
        screen = next;
        for (Consumer<DisplayScreen> listener : listeners) {
            listener.accept(next);
        }
    }
}
