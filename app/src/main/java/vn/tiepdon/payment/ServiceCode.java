package vn.tiepdon.payment;

import java.util.Arrays;
import java.util.Optional;

/** NAPAS 247 service codes in field 38/02: where the transfer goes. */
public enum ServiceCode {
    /** Transfer to a bank account. */
    ACCOUNT("QRIBFTTA"),
    /** Transfer to a card number. */
    CARD("QRIBFTTC");

    private final String code;

    ServiceCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ServiceCode> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code)).findFirst();
    }
}
