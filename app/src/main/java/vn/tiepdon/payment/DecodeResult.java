package vn.tiepdon.payment;

import java.util.List;
import java.util.Objects;

/** What {@link VietQr#decode} made of a payload: a transfer to show, or the reason it is not one. */
public sealed interface DecodeResult {

    /** A VietQR transfer; {@code warnings} lists tolerated deviations, in the order found. */
    record Decoded(VietQrPayment payment, List<DecodeWarning> warnings) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(payment, "payment");
            warnings = List.copyOf(warnings);
        }
    }

    /** Not usable; {@code detail} names the field, tag or scheme concerned (never personal data). */
    record Rejected(PayloadRejection reason, String detail) implements DecodeResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
