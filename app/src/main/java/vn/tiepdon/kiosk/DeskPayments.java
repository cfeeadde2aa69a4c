package vn.tiepdon.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.KioskBillNumbers;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.desk.DeskRefusal;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.PaymentMark;

/**
 * The kiosk's QR payments through the hospital's {@link PaymentDesk}: one order per priced choice, numbered
 * {@link KioskBillNumbers by kiosk and moment}, with the bill number in the memo so the bank's notification
 * finds it. The memo names the service code, never the patient.
 */
public final class DeskPayments implements KioskPayments {

    /**
     * The longest a patient is asked to stand at the kiosk with a code: a lobby queue builds up behind them.
     * The order itself stays payable for the desk's own validity, so a transfer made a little late still pays
     * it, and the kiosk prints the ticket if the patient is still there.
     */
    public static final Duration MAX_KIOSK_WAIT = Duration.ofMinutes(5);
    /** What the cashier reads on a bill the patient chose to pay at the counter. */
    public static final String AT_COUNTER_REASON = "Người bệnh chọn thanh toán tại quầy";
    private static final int ATTEMPTS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DeskPayments.class);

    private final PaymentDesk desk;
    private final String kioskId;
    private final String bankName;

    public DeskPayments(PaymentDesk desk, String kioskId, String bankName) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.bankName = Objects.requireNonNull(bankName, "bankName");
    }

    @Override
    public Optional<QrBill> open(Service service) {
        String purpose = service.code().replaceAll("[^A-Za-z0-9]", " ").strip();
        LocalDateTime now = LocalDateTime.now(desk.clock());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String bill = KioskBillNumbers.of(kioskId, now, attempt);
            try {
                TrackedOrder order = desk.request(service.priceDong(), bill, purpose);
                Instant capped = order.order().createdAt().plus(MAX_KIOSK_WAIT);
                Instant expires = order.order().expiresAt();
                LOG.info("QR order {} for {} đồng ({})", bill, service.priceDong(), service.code());
                return Optional.of(new QrBill(bill, service.priceDong(), order.payload(), bankName,
                        expires.isBefore(capped) ? expires : capped));
            } catch (DeskRefusal refusal) {
                // A number in use, waiting or paid, is taken: try the next.
                if (refusal.reason() != DeskRefusal.Reason.BILL_ALREADY_OPEN
                        && refusal.reason() != DeskRefusal.Reason.BILL_ALREADY_PAID) {
                    throw refusal;
                }
            }
        }
        throw new IllegalStateException("no free bill number for kiosk " + kioskId + " after " + ATTEMPTS + " tries");
    }

    @Override
    public PaymentMark payAtCounter(QrBill bill) {
        Optional<PaymentMark> answered = answered(bill);
        if (answered.isPresent()) {
            return answered.get();
        }
        try {
            desk.cancel(bill.billNumber(), AT_COUNTER_REASON);
        } catch (DeskRefusal refusal) {
            // The bank answered between the look and the cancel, or the order expired: the ticket says which.
            return answered(bill).orElseGet(() -> atCounter(bill));
        }
        return atCounter(bill);
    }

    @Override
    public void watch(Consumer<BillUpdate> listener) {
        Objects.requireNonNull(listener, "listener");
        desk.addListener(order -> listener.accept(update(order)));
    }

    /** What the bank already said about the bill, if anything. */
    private Optional<PaymentMark> answered(QrBill bill) {
        return desk.status(bill.billNumber()).flatMap(order -> switch (order.status()) {
            case PAID -> Optional.of(new PaymentMark.Paid(bill.amountDong(), bill.billNumber()));
            case SHORT_PAID -> Optional.of(new PaymentMark.ShortPaid(bill.amountDong(),
                    order.receivedDong().orElse(0), bill.billNumber()));
            case OPEN, EXPIRED, CANCELLED -> Optional.empty();
        });
    }

    private static PaymentMark atCounter(QrBill bill) {
        return new PaymentMark.AtCounter(bill.amountDong(), Optional.of(bill.billNumber()));
    }

    static BillUpdate update(TrackedOrder order) {
        BillUpdate.Status status = switch (order.status()) {
            case OPEN -> BillUpdate.Status.OPEN;
            case PAID -> BillUpdate.Status.PAID;
            case SHORT_PAID -> BillUpdate.Status.SHORT_PAID;
            case EXPIRED, CANCELLED -> BillUpdate.Status.CLOSED;
        };
        return new BillUpdate(order.billNumber(), status, order.receivedDong().orElse(0));
    }
}
