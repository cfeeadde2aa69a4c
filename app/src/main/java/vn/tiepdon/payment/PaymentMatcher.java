package vn.tiepdon.payment;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Matches bank transfer notifications to open payment orders: by the bill number found in the
 * transfer content, then by amount. Banks rewrite the content (upper case, accents and punctuation
 * dropped, their own prefix added), so both sides are compared reduced to letters and digits.
 * Pure: the caller keeps the open orders and the references already seen.
 */
public final class PaymentMatcher {

    private PaymentMatcher() {
    }

    /**
     * @param open           orders still waiting for payment
     * @param seenReferences bank references already handled; a notification with one of them is a duplicate
     */
    public static PaymentMatch match(TransferNotification notification, Collection<PaymentOrder> open,
                                     Set<String> seenReferences) {
        if (seenReferences.contains(notification.reference())) {
            return new PaymentMatch.Duplicate(notification.reference());
        }
        Optional<PaymentOrder> named = named(notification, open);
        if (named.isEmpty()) {
            return new PaymentMatch.Unmatched();
        }
        PaymentOrder order = named.get();
        return notification.amountDong() >= order.amountDong()
                ? new PaymentMatch.Paid(order, notification.amountDong())
                : new PaymentMatch.ShortPayment(order, notification.amountDong());
    }

    /**
     * The order whose bill the transfer's content names: the longest bill number named wins ("HD12" is inside
     * "HD123"), then the one whose amount fits. Also used to find a closed bill that late money names.
     */
    public static Optional<PaymentOrder> named(TransferNotification notification, Collection<PaymentOrder> orders) {
        String content = reduce(notification.content());
        return orders.stream()
                .filter(order -> names(content, reduce(order.billNumber())))
                .max(Comparator.comparingInt((PaymentOrder order) -> reduce(order.billNumber()).length())
                        .thenComparing(order -> order.amountDong() == notification.amountDong()));
    }

    /**
     * Which bill numbers the transfer's content names, with the content reduced once: a store tests a year of closed
     * bills against one transfer with it before loading any of them.
     */
    public static Predicate<String> billsNamedIn(TransferNotification notification) {
        String content = reduce(notification.content());
        return billNumber -> names(content, reduce(billNumber));
    }

    /**
     * Whether the content names the bill: the bill number appears, and is not the start of a longer
     * number ("HD123" is not named by "HD1234"). Nothing is required before it: banks glue their own
     * references in front.
     */
    static boolean names(String content, String bill) {
        if (bill.isEmpty()) {
            return false;
        }
        boolean endsInDigit = Character.isDigit(bill.charAt(bill.length() - 1));
        for (int at = content.indexOf(bill); at >= 0; at = content.indexOf(bill, at + 1)) {
            int after = at + bill.length();
            if (!endsInDigit || after == content.length() || !Character.isDigit(content.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, upper case, accents removed: what survives every bank's rewriting. */
    static String reduce(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                // Accents need the full treatment; bill numbers, typed on a keyboard, almost never have them.
                return Diacritics.strip(text).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            }
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                plain.append(c);
            } else if (c >= 'a' && c <= 'z') {
                plain.append((char) (c - 'a' + 'A'));
            }
        }
        return plain.toString();
    }
}
