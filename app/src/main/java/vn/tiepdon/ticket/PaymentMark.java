package vn.tiepdon.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * What a ticket says about paying for its service. A patient shows it at the consulting room or the
 * cashier, so it must say plainly whether the service is paid. Bill numbers and amounts only: never the payer.
 */
public sealed interface PaymentMark {

    /** A free service: the ticket says nothing about paying. */
    PaymentMark NONE = new None();

    record None() implements PaymentMark {
    }

    /** The bank confirmed the transfer for the bill. */
    record Paid(long amountDong, String billNumber) implements PaymentMark {
        public Paid {
            Objects.requireNonNull(billNumber, "billNumber");
        }
    }

    /**
     * Nothing paid at the kiosk: the patient pays the price at the counter. {@code billNumber} is the cancelled
     * QR order, if one was shown, so the cashier can find it; empty when the kiosk takes no QR payments.
     */
    record AtCounter(long priceDong, Optional<String> billNumber) implements PaymentMark {
        public AtCounter {
            billNumber = billNumber == null ? Optional.empty() : billNumber;
        }
    }

    /** Less than the price arrived; the cashier collects the rest (or refunds). */
    record ShortPaid(long priceDong, long receivedDong, String billNumber) implements PaymentMark {
        public ShortPaid {
            Objects.requireNonNull(billNumber, "billNumber");
        }
    }

    /**
     * The payment in the printer's own ASCII font for staff, e.g. {@code PAID 150000 DEMO261125T093012};
     * empty for a free service.
     */
    static String staffLine(PaymentMark mark) {
        return switch (mark) {
            case None none -> "";
            case Paid paid -> "PAID " + paid.amountDong() + " " + paid.billNumber();
            case AtCounter counter -> ("UNPAID " + counter.priceDong() + " " + counter.billNumber().orElse("")).strip();
            case ShortPaid part -> "UNPAID " + part.priceDong() + " RECEIVED " + part.receivedDong() + " "
                    + part.billNumber();
        };
    }
}
