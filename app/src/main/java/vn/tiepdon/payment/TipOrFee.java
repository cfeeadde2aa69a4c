package vn.tiepdon.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What EMVCo field 55 (with 56 or 57) tells the payer's app to add to the amount: a tip the payer chooses,
 * or a convenience fee, fixed or a percentage.
 */
public sealed interface TipOrFee {

    /** 55 = {@code 01}: the app asks the payer to enter a tip, which only the payer decides. */
    record PromptForTip() implements TipOrFee {
    }

    /** 55 = {@code 02}: a fixed fee from field 56, in whole đồng. */
    record FixedFee(long dong) implements TipOrFee {
    }

    /** 55 = {@code 03}: a fee of {@code percent} (0.01 to 99.99) of the amount, from field 57. */
    record PercentageFee(BigDecimal percent) implements TipOrFee {

        public PercentageFee {
            Objects.requireNonNull(percent, "percent");
            // 02.50 and 2.5 are one fee; 10 must not become 1E+1 when shown.
            BigDecimal stripped = percent.stripTrailingZeros();
            percent = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        /**
         * The fee on {@code amount} đồng, to the nearest đồng, halves up: VND has no minor unit, and neither
         * EMVCo nor NAPAS says how an app rounds, so a bank app may show one đồng more or less.
         */
        public long feeOn(long amount) {
            return BigDecimal.valueOf(amount).multiply(percent).movePointLeft(2)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }
}
