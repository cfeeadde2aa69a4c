package vn.tiepdon.payment;

import java.util.Objects;

/** A NAPAS 247 member as a VietQR code names it: the 6-digit BIN in field 38, and the names people know. */
public record Bank(String bin, String shortName, String fullName) {

    public Bank {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(fullName, "fullName");
    }
}
