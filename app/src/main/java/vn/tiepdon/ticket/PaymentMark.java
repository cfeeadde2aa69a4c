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

    /** What is still to pay at the counter before the service; 0 when nothing is. */
    default long toPay() {
        return switch (this) {
            case None none -> 0;
            case Paid paid -> 0;
            case AtCounter counter -> counter.priceDong();
            case ShortPaid part -> Math.max(0, part.priceDong() - part.receivedDong());
        };
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
     * Reads a {@link #note} back (kept with the ticket for reprints); empty for anything else.
     */
    static Optional<PaymentMark> fromNote(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        String[] words = line.strip().split(" ");
        try {
            if (words[0].equals("PAID") && words.length == 3) {
                return Optional.of(new Paid(Long.parseLong(words[1]), words[2]));
            }
            if (words[0].equals("UNPAID") && words.length == 5 && words[2].equals("RECEIVED")) {
                return Optional.of(new ShortPaid(Long.parseLong(words[1]), Long.parseLong(words[3]), words[4]));
            }
            if (words[0].equals("UNPAID") && (words.length == 2 || words.length == 3)) {
                return Optional.of(new AtCounter(Long.parseLong(words[1]),
                        words.length == 3 ? Optional.of(words[2]) : Optional.empty()));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The payment as printed for staff at the bottom of the ticket: Vietnamese without accents (the printer's own
     * sharp ASCII font), amounts grouped as receipts write them, the bill number after "GD", e.g.
     * {@code Da TT 150.000d GD DEMO261125T093012}; empty for a free service.
     */
    static String printedLine(PaymentMark mark) {
        return switch (mark) {
            case None none -> "";
            case Paid paid -> "Da TT " + dong(paid.amountDong()) + " GD " + paid.billNumber();
            case AtCounter counter -> ("Chua TT " + dong(counter.priceDong())
                    + counter.billNumber().map(bill -> " GD " + bill).orElse(""));
            case ShortPaid part -> "Da nhan " + dong(part.receivedDong()) + "/" + dong(part.priceDong()) + " GD "
                    + part.billNumber();
        };
    }

    private static String dong(long amount) {
        return vn.tiepdon.payment.VietnameseAmount.digits(amount).replace(" đ", "d");
    }

    /**
     * The payment as kept with the ticket in the ledger (not printed), e.g. {@code PAID 150000 DEMO261125T093012};
     * empty for a free service.
     */
    static String note(PaymentMark mark) {
        return switch (mark) {
            case None none -> "";
            case Paid paid -> "PAID " + paid.amountDong() + " " + paid.billNumber();
            case AtCounter counter -> ("UNPAID " + counter.priceDong() + " " + counter.billNumber().orElse("")).strip();
            case ShortPaid part -> "UNPAID " + part.priceDong() + " RECEIVED " + part.receivedDong() + " "
                    + part.billNumber();
        };
    }
}
