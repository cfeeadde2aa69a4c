package vn.tiepdon.cashier;

import java.util.Objects;

/** What came of a cashier's action: done or refused, and a sentence saying which and why. */
public record ActionResult(boolean done, Bilingual message) {

    public ActionResult {
        Objects.requireNonNull(message, "message");
    }

    static ActionResult done(Bilingual message) {
        return new ActionResult(true, message);
    }

    static ActionResult refused(Bilingual message) {
        return new ActionResult(false, message);
    }
}
