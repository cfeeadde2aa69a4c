package vn.tiepdon.identity;

import java.util.regex.Pattern;

/** Masks ID numbers so that screens and logs never hold a full one. */
public final class IdMask {

    /** Twelve digits not part of a longer number: the shape of a citizen ID number. */
    private static final Pattern ID_NUMBER_IN_TEXT = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

    private IdMask() {
    }

    /** Keeps the first four digits (province and century-sex) and the last two: {@code 0792******45}. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return "******";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 6) + idNumber.substring(idNumber.length() - 2);
    }

    /**
     * Masks every run of exactly twelve digits in free text (log messages, exception texts).
     * Longer runs (bank account numbers, timestamps) are left alone.
     */
    public static String maskIdsIn(String text) {
        if (text == null || text.length() < 12) {
            return text;
        }
        return ID_NUMBER_IN_TEXT.matcher(text).replaceAll(match -> mask(match.group()));
    }
}
