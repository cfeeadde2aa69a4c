package vn.tiepdon.payment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A decoded VietQR transfer: the fields a cashier or a bank app uses, plus every data object as read
 * ({@code objects}), so that tags this class does not name are kept.
 *
 * @param dynamic  true for point of initiation 12 (one transaction), false for 11 (reusable)
 * @param tipOrFee fields 55-57 when they make sense together; the decode warnings say when they do not
 * @param currency field 53 as read (704 for VND)
 * @param country  field 58 as read (VN)
 */
public record VietQrPayment(boolean dynamic, String bin, String account, ServiceCode service, OptionalLong amount,
        Optional<TipOrFee> tipOrFee, String currency, String country, Optional<String> merchantCategory,
        Optional<String> merchantName, Optional<String> billNumber, Optional<String> purpose,
        List<DataObject> objects) {

    public VietQrPayment {
        objects = List.copyOf(objects);
    }

    /** The convenience fee in đồng: a fixed fee, or a percentage of the amount; empty for a tip or no amount. */
    public OptionalLong fee() {
        return switch (tipOrFee.orElse(null)) {
            case TipOrFee.FixedFee fixed -> OptionalLong.of(fixed.dong());
            case TipOrFee.PercentageFee percentage when amount.isPresent() ->
                    OptionalLong.of(percentage.feeOn(amount.getAsLong()));
            case null, default -> OptionalLong.empty();
        };
    }

    /**
     * What the payer's app will ask for: the amount plus the fee. Empty without an amount, or when the payer is
     * asked for a tip, which only they decide.
     */
    public OptionalLong total() {
        if (amount.isEmpty() || tipOrFee.isEmpty()) {
            return amount;
        }
        OptionalLong fee = fee();
        return fee.isPresent() ? OptionalLong.of(amount.getAsLong() + fee.getAsLong()) : OptionalLong.empty();
    }

    /** The request that encodes to the same transfer fields. */
    public PaymentRequest toRequest() {
        return new PaymentRequest(bin, account, service, amount, billNumber, purpose, merchantCategory);
    }
}
