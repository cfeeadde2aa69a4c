package vn.tiepdon.kiosk;

import java.util.Optional;
import java.util.function.Consumer;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.PaymentMark;

/**
 * How the kiosk takes payment for a priced service. {@link #NONE} when payments are not set up (or the payment
 * API could not start): the patient is then sent to the counter and the ticket says so.
 */
public interface KioskPayments {

    /** No QR payments: every priced ticket says "pay at the counter". */
    KioskPayments NONE = new KioskPayments() {
        @Override
        public Optional<QrBill> open(Service service) {
            return Optional.empty();
        }

        @Override
        public PaymentMark payAtCounter(QrBill bill) {
            return new PaymentMark.AtCounter(bill.amountDong(), Optional.of(bill.billNumber()));
        }

        @Override
        public void watch(Consumer<BillUpdate> listener) {
        }
    };

    /**
     * Makes an open order for the service's price and its code. Runs on the kiosk's worker thread (it writes
     * to the database).
     *
     * @return empty when this kiosk takes no QR payments
     */
    Optional<QrBill> open(Service service);

    /**
     * The patient chose to pay at the counter: the order is cancelled so the code can no longer be paid. If the
     * bank's answer came first, the ticket says what it said (paid, or short paid) instead. Worker thread.
     */
    PaymentMark payAtCounter(QrBill bill);

    /** Tells {@code listener} of every order change, on whatever thread made it. Called once, at start-up. */
    void watch(Consumer<BillUpdate> listener);
}
