package vn.tiepdon.cashier;

import java.time.Duration;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * What the customer display shows: a welcome, one bill's code, or how that bill ended. Only a bill number and
 * amounts, never who pays.
 */
public sealed interface DisplayScreen {

    String hospitalName();

    /** No bill to pay: the hospital's name and a welcome. */
    record Idle(String hospitalName) implements DisplayScreen {
    }

    /**
     * A code waiting to be paid.
     *
     * @param bankName  the receiving bank's short name, or its BIN when the bank list does not know it
     * @param remaining until the code expires; never negative
     */
    record AwaitingPayment(String hospitalName, String bankName, long amountDong, String billNumber, String payload,
                           Duration remaining) implements DisplayScreen {

        public String amountDigits() {
            return VietnameseAmount.digits(amountDong);
        }

        public String amountWords() {
            return VietnameseAmount.inWords(amountDong);
        }

        /** mm:ss; see {@link Countdown#mmss}. */
        public String countdown() {
            return Countdown.mmss(remaining);
        }

        AwaitingPayment withRemaining(Duration newRemaining) {
            return new AwaitingPayment(hospitalName, bankName, amountDong, billNumber, payload, newRemaining);
        }
    }

    record Paid(String hospitalName, long amountDong, String billNumber) implements DisplayScreen {

        public String amountDigits() {
            return VietnameseAmount.digits(amountDong);
        }
    }

    /** Less arrived than asked: the customer waits, the cashier decides (collect the rest, or refund). */
    record ShortPaid(String hospitalName, long amountDong, long receivedDong, String billNumber)
            implements DisplayScreen {
    }

    record Expired(String hospitalName, String billNumber) implements DisplayScreen {
    }

    record Cancelled(String hospitalName, String billNumber) implements DisplayScreen {
    }
}
