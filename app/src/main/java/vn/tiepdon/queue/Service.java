package vn.tiepdon.queue;

import java.util.Locale;

/**
 * A service a patient can queue for, as configured per hospital.
 *
 * @param code   stable identifier used in the database and the CLI, e.g. {@code KBHYT}
 * @param prefix the letter(s) in front of the ticket number, e.g. {@code A} for {@code A027}
 * @param priceDong what the patient pays before the ticket, in whole đồng; 0 when nothing is paid at the kiosk
 */
public record Service(String code, String prefix, String nameVi, String nameEn, long priceDong) {

    public Service {
        if (priceDong < 0) {
            throw new IllegalArgumentException("price must not be negative, was " + priceDong);
        }
    }

    /** A service with nothing to pay at the kiosk. */
    public Service(String code, String prefix, String nameVi, String nameEn) {
        this(code, prefix, nameVi, nameEn, 0);
    }

    public boolean paid() {
        return priceDong > 0;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
