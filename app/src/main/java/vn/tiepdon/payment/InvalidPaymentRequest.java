package vn.tiepdon.payment;

/** A request the encoder refuses: which field, which rule, and the limit that applies (0 when none). */
public final class InvalidPaymentRequest extends IllegalArgumentException {

    /** The rule a field broke. */
    public enum Rule {
        MISSING,
        TOO_LONG,
        WRONG_LENGTH,
        BAD_CHARACTERS,
        OUT_OF_RANGE
    }

    private final PaymentField field;
    private final Rule rule;
    private final long limit;

    public InvalidPaymentRequest(PaymentField field, Rule rule, long limit) {
        super(field + ": " + rule + (limit > 0 ? " (" + limit + ")" : ""));
        this.field = field;
        this.rule = rule;
        this.limit = limit;
    }

    public PaymentField field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    public long limit() {
        return limit;
    }
}
