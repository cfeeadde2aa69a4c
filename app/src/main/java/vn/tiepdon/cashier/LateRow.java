package vn.tiepdon.cashier;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.VietnameseAmount;

/** Money that arrived for a bill no longer waiting for it, as the cashier's "late transfers" list shows it. */
public record LateRow(LateTransfer transfer) {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    public LateRow {
        Objects.requireNonNull(transfer, "transfer");
    }

    public String reference() {
        return transfer.reference();
    }

    public String billNumber() {
        return transfer.billNumber();
    }

    /** Bill, amount, why it is late (after cancelling, after expiry, already paid) and when it arrived. */
    public Bilingual describe(CashierTexts texts, ZoneId zone) {
        Bilingual why = texts.get("late.why." + transfer.why().name());
        String amount = VietnameseAmount.digits(transfer.amountDong());
        String at = LocalTime.ofInstant(transfer.receivedAt(), zone).format(HOUR_MINUTE);
        Bilingual vi = texts.get("late.row", billNumber(), amount, why.vi(), at);
        Bilingual en = texts.get("late.row", billNumber(), amount, why.en(), at);
        return new Bilingual(vi.vi(), en.en());
    }

    /** The sentence for the message line when it arrives. */
    Bilingual news(CashierTexts texts) {
        Bilingual why = texts.get("late.why." + transfer.why().name());
        String amount = VietnameseAmount.digits(transfer.amountDong());
        return new Bilingual(texts.get("late.news", billNumber(), amount, why.vi()).vi(),
                texts.get("late.news", billNumber(), amount, why.en()).en());
    }
}
