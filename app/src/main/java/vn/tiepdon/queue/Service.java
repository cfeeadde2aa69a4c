package vn.tiepdon.queue;

import java.util.Locale;

/**
 * A service a patient can queue for, as configured per hospital.
 *
 * @param code   stable identifier used in the database and the CLI, e.g. {@code KBHYT}
 * @param prefix the letter(s) in front of the ticket number, e.g. {@code A} for {@code A027}
 */
public record Service(String code, String prefix, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
