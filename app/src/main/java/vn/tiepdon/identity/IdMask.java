package vn.tiepdon.identity;

/** Masks ID numbers so that screens and logs never hold a full one. */
public final class IdMask {

    private IdMask() {
    }

    /** Keeps the first four digits (province and century-sex) and the last two: {@code 0792******45}. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return "******";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 6) + idNumber.substring(idNumber.length() - 2);
    }
}
