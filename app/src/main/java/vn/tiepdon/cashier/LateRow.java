package vn.tiepdon.cashier;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.MaskedAccount;
import vn.tiepdon.payment.VietnameseAmount;

/**
 * Money that arrived for a bill no longer waiting for it, as the cashier's "late transfers" and "refunds to make"
 * lists show it: what it was for, and, on a second line, what a refund needs (the bank's reference and the sender's
 * masked account).
 */
public record LateRow(LateTransfer transfer) {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    /** A refund can wait for days: its row says which day the money came. */
    private static final DateTimeFormatter HOUR_MINUTE_DAY = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    public LateRow {
        Objects.requireNonNull(transfer, "transfer");
    }

    public String reference() {
        return transfer.reference();
    }

    public String billNumber() {
        return transfer.billNumber();
    }

    /** Bill, amount, why it is late (after cancelling, after expiry, already paid), when it arrived; then its source. */
    public Bilingual describe(CashierTexts texts, ZoneId zone) {
        String at = LocalTime.ofInstant(transfer.receivedAt(), zone).format(HOUR_MINUTE);
        return twoLines(texts.get("late.row", billNumber(), amount(), why(texts), at), source(texts));
    }

    /** Bill, amount and the day and time it arrived; then its source, where the money goes back to. */
    public Bilingual describeRefund(CashierTexts texts, ZoneId zone) {
        String at = LocalDateTime.ofInstant(transfer.receivedAt(), zone).format(HOUR_MINUTE_DAY);
        return twoLines(texts.get("refund.row", billNumber(), amount(), at), source(texts));
    }

    /** The bank's reference and the sender's masked account, or that the bank did not say who sent it. */
    private Bilingual source(CashierTexts texts) {
        Object sender = transfer.sender().<Object>map(MaskedAccount::shown)
                .orElseGet(() -> texts.get("late.senderUnknown"));
        return texts.get("late.source", transfer.bankReference(), sender);
    }

    /** The sentence for the message line when it arrives. */
    Bilingual news(CashierTexts texts) {
        return texts.get("late.news", billNumber(), amount(), why(texts));
    }

    private String amount() {
        return VietnameseAmount.digits(transfer.amountDong());
    }

    private Bilingual why(CashierTexts texts) {
        return texts.get("late.why." + transfer.why().name());
    }

    private static Bilingual twoLines(Bilingual first, Bilingual second) {
        return new Bilingual(first.vi() + "\n" + second.vi(), first.en() + "\n" + second.en());
    }
}
