package vn.tiepdon.cashier;

import java.util.Objects;

/** One message in Vietnamese, and its English line shown below it in smaller type. */
public record Bilingual(String vi, String en) {

    public Bilingual {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }
}
