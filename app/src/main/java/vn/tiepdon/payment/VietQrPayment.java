package vn.tiepdon.payment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A decoded VietQR transfer: the fields a cashier or a bank app uses, plus every data object as read
 * ({@code objects}), so that tags this class does not name are kept.
 *
 * @param dynamic  true for point of initiation 12 (one transaction), false for 11 (reusable)
 * @param currency field 53 as read (704 for VND)
 * @param country  field 58 as read (VN)
 */
public record VietQrPayment(boolean dynamic, String bin, String account, ServiceCode service, OptionalLong amount,
        String currency, String country, Optional<String> merchantCategory, Optional<String> merchantName,
        Optional<String> billNumber, Optional<String> purpose, List<DataObject> objects) {

    public VietQrPayment {
        objects = List.copyOf(objects);
    }

    /** The request that encodes to the same transfer fields. */
    public PaymentRequest toRequest() {
        return new PaymentRequest(bin, account, service, amount, billNumber, purpose, merchantCategory);
    }
}
