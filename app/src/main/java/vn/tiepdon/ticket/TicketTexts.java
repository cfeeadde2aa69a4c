package vn.tiepdon.ticket;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.tiepdon.payment.VietnameseAmount;
import vn.tiepdon.registration.Priority;

/**
 * The words on a ticket, from {@code vn/tiepdon/ticket/ticket.properties}. Always Vietnamese: staff at the desk, the
 * cashier and the consulting room read the ticket, whatever language the patient chose on the screen.
 */
public final class TicketTexts {

    private static final String BUNDLE = "vn.tiepdon.ticket.ticket";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** "Còn 5 người chờ trước", or "Không có ai chờ trước" when nobody is ahead. */
    public String waitingAhead(int people) {
        if (people <= 0) {
            return bundle.getString("ticket.waitingNone");
        }
        return format("ticket.waitingAhead", people);
    }

    /** "BẢN IN LẠI 25/11/2026 09:52": printed under the number of every reprint. */
    public String reprint(String when) {
        return format("ticket.reprint", when);
    }

    public String thanks() {
        return bundle.getString("ticket.thanks");
    }

    /** "Ưu tiên: người từ 75 tuổi". */
    public String priority(Priority priority) {
        return format("ticket.priority." + priority.reason().name(), priority.years());
    }

    /** "Mời đến: Phòng 201, tầng 2", or "Sau đó đến: …" when the patient must pay first. */
    public String where(String place, long toPayDong) {
        return format(toPayDong > 0 ? "ticket.whereAfterPaying" : "ticket.where", place);
    }

    /**
     * The ticket's payment lines, the first one the mark itself ("ĐÃ THANH TOÁN 150.000 đ"), then what to do first;
     * none for a free service.
     */
    public List<String> payment(PaymentMark mark) {
        return switch (mark) {
            case PaymentMark.None none -> List.of();
            case PaymentMark.Paid paid -> List.of(format("ticket.paid", dong(paid.amountDong())));
            case PaymentMark.AtCounter counter -> List.of(bundle.getString("ticket.unpaid"),
                    format("ticket.payFirst", dong(counter.priceDong())));
            case PaymentMark.ShortPaid part -> List.of(bundle.getString("ticket.unpaid"),
                    format("ticket.received", dong(part.receivedDong()), dong(part.priceDong())),
                    format("ticket.payRestFirst", dong(part.toPay())));
        };
    }

    private static String dong(long amount) {
        return VietnameseAmount.digits(amount);
    }

    private String format(String key, Object... args) {
        // Numbers such as ages are plain: MessageFormat's grouping never applies to them here.
        return new MessageFormat(bundle.getString(key), VIETNAMESE).format(args);
    }
}
