package vn.tiepdon.ticket;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * The words on a ticket and the patient-facing print problem messages, from
 * {@code vn/tiepdon/ticket/ticket.properties} (Vietnamese) and {@code ticket_en.properties}.
 */
public final class TicketTexts {

    private static final String BUNDLE = "vn.tiepdon.ticket.ticket";

    private final ResourceBundle bundle;
    private final Locale locale;

    public TicketTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English Windows must still print Vietnamese by default.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** "Còn 5 người chờ trước", or "Không có ai chờ trước" when nobody is ahead. */
    public String waitingAhead(int people) {
        if (people <= 0) {
            return bundle.getString("ticket.waitingNone");
        }
        return new MessageFormat(bundle.getString("ticket.waitingAhead"), locale).format(new Object[] {people});
    }

    /** "BẢN IN LẠI 09:52 25/11/2026": printed under the number of every reprint. */
    public String reprint(String when) {
        return format("ticket.reprint", when);
    }

    public String thanks() {
        return bundle.getString("ticket.thanks");
    }

    /**
     * The ticket's payment lines, the first one the mark itself ("ĐÃ THANH TOÁN 150.000 đ"); none for a free
     * service. Amounts are written the Vietnamese way in both languages, as the cashier's receipt writes them.
     */
    public List<String> payment(PaymentMark mark) {
        return switch (mark) {
            case PaymentMark.None none -> List.of();
            case PaymentMark.Paid paid -> List.of(format("ticket.paid", VietnameseAmount.digits(paid.amountDong())));
            case PaymentMark.AtCounter counter -> List.of(bundle.getString("ticket.unpaid"),
                    format("ticket.atCounter", VietnameseAmount.digits(counter.priceDong())));
            case PaymentMark.ShortPaid part -> List.of(bundle.getString("ticket.unpaid"),
                    format("ticket.atCounter", VietnameseAmount.digits(part.priceDong())),
                    format("ticket.shortPaid", VietnameseAmount.digits(part.receivedDong())));
        };
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
