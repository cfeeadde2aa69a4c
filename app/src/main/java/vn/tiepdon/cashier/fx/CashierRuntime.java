package vn.tiepdon.cashier.fx;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import vn.tiepdon.cashier.CashierBoard;
import vn.tiepdon.cashier.CashierTexts;
import vn.tiepdon.cashier.CustomerDisplay;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.PaymentListener;

/**
 * The cashier's screens assembled on a desk: board, display, their views, the hop from the desk's threads to the
 * UI thread, and a once-a-second tick. Separate from {@link CashierApp} so tests host it in their own stage.
 */
public final class CashierRuntime implements AutoCloseable {

    private final PaymentDesk desk;
    private final CashierBoard board;
    private final CustomerDisplay display;
    private final CustomerDisplayView displayView;
    private final CashierView cashierView;
    private final PaymentListener hop;
    private final Timeline ticking;

    private CashierRuntime(PaymentDesk desk, CashierBoard board, CustomerDisplay display,
                           CustomerDisplayView displayView, CashierView cashierView, PaymentListener hop) {
        this.desk = desk;
        this.board = board;
        this.display = display;
        this.displayView = displayView;
        this.cashierView = cashierView;
        this.hop = hop;
        this.ticking = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> tick()));
        ticking.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Builds both screens and starts following the desk. Call on the JavaFX thread.
     *
     * @param bankName        the receiving bank as patients know it
     * @param displayInWindow true: the customer display is shown inside the cashier's window (one screen)
     * @param ui              hands work to the JavaFX thread ({@code Platform::runLater} in production)
     */
    public static CashierRuntime start(PaymentDesk desk, String hospitalName, String bankName,
                                       Duration backToIdleAfter, boolean displayInWindow, Executor ui) {
        Objects.requireNonNull(ui, "ui");
        CashierTexts texts = new CashierTexts();
        CashierBoard board = new CashierBoard(desk, texts);
        CustomerDisplay display = new CustomerDisplay(hospitalName, bankName, desk, backToIdleAfter);
        CustomerDisplayView displayView = CustomerDisplayView.create(display, texts);
        CashierView cashierView = CashierView.create(board,
                displayInWindow ? Optional.of(displayView) : Optional.empty());
        // Payments arrive on the API's HTTP threads, the cashier's own actions on this one: all hop to the UI.
        PaymentListener hop = new PaymentListener() {
            @Override
            public void orderChanged(TrackedOrder order) {
                ui.execute(() -> {
                    display.orderChanged(order);
                    board.orderChanged(order);
                });
            }

            // Late money is the cashier's business only: the customer may be gone.
            @Override
            public void lateTransferChanged(LateTransfer late) {
                ui.execute(() -> board.lateTransferChanged(late));
            }
        };
        desk.addListener(hop);
        board.refresh();
        CashierRuntime runtime = new CashierRuntime(desk, board, display, displayView, cashierView, hop);
        runtime.ticking.play();
        return runtime;
    }

    public CashierBoard board() {
        return board;
    }

    public CustomerDisplay display() {
        return display;
    }

    public CustomerDisplayView displayView() {
        return displayView;
    }

    public CashierView cashierView() {
        return cashierView;
    }

    /** What the once-a-second timeline does; tests that move the clock call it themselves. */
    public void tick() {
        display.tick();
        cashierView.tick();
    }

    /** Stops following the desk; the windows go with their stages. */
    @Override
    public void close() {
        ticking.stop();
        desk.removeListener(hop);
    }
}
