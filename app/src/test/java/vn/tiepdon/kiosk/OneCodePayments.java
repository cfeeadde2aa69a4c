package vn.tiepdon.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.PaymentMark;

/**
 * For screen tests: every priced choice gets the same bill with a genuine VietQR payload, and the test reports
 * the bank's answer itself. The payment path's logic is tested on the real desk in KioskFlowPaymentTest.
 */
public final class OneCodePayments implements KioskPayments {

    public static final String BILL = "K01261125T093012";
    public static final PaymentAccount ACCOUNT = new PaymentAccount("970436", "0011001234567", ServiceCode.ACCOUNT,
            Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));

    private final Instant deadline;
    private final List<Consumer<BillUpdate>> listeners = new ArrayList<>();

    public OneCodePayments(Instant deadline) {
        this.deadline = deadline;
    }

    @Override
    public Optional<QrBill> open(Service service) {
        return Optional.of(new QrBill(BILL, service.priceDong(),
                VietQr.encode(ACCOUNT.requestFor(service.priceDong(), BILL, service.code())),
                "Vietcombank (VCB)", deadline));
    }

    @Override
    public PaymentMark payAtCounter(QrBill bill) {
        return new PaymentMark.AtCounter(bill.amountDong(), Optional.of(bill.billNumber()));
    }

    @Override
    public void watch(Consumer<BillUpdate> listener) {
        listeners.add(listener);
    }

    /** The bank's answer for the bill, as the desk would tell it. */
    public void report(BillUpdate.Status status, long receivedDong) {
        listeners.forEach(l -> l.accept(new BillUpdate(BILL, status, receivedDong)));
    }
}
