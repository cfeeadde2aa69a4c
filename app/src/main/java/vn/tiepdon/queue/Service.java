package vn.tiepdon.queue;

import java.util.Locale;

/**
 * A service a patient can queue for, as configured per hospital.
 *
 * @param code   stable identifier used in the database and the CLI, e.g. {@code KBHYT}
 * @param prefix the letter(s) in front of the ticket number, e.g. {@code A} for {@code A027}
 * @param priceDong what the patient pays before the ticket, in whole đồng; 0 when nothing is paid at the kiosk
 * @param whereVi   where the patient goes with the ticket (room, floor or counter), e.g. "Phòng 105, tầng 1";
 *                  empty when not configured
 * @param icon      the picture on the service's tile, one of {@link #ICONS}
 */
public record Service(String code, String prefix, String nameVi, String nameEn, long priceDong, String whereVi,
                      String whereEn, String icon) {

    /** The pictures a tile can carry; the kiosk draws each. */
    public static final java.util.List<String> ICONS = java.util.List.of("stethoscope", "insurance-card",
            "test-tube", "x-ray", "pill", "syringe", "child", "tooth", "eye", "heart");
    public static final String DEFAULT_ICON = "stethoscope";

    public Service {
        if (priceDong < 0) {
            throw new IllegalArgumentException("price must not be negative, was " + priceDong);
        }
        whereVi = whereVi == null ? "" : whereVi.strip();
        whereEn = whereEn == null || whereEn.isBlank() ? whereVi : whereEn.strip();
        icon = icon == null || icon.isBlank() ? DEFAULT_ICON : icon;
        if (!ICONS.contains(icon)) {
            throw new IllegalArgumentException("unknown icon '" + icon + "', one of " + ICONS);
        }
    }

    /** A service without a configured place to go or picture. */
    public Service(String code, String prefix, String nameVi, String nameEn, long priceDong) {
        this(code, prefix, nameVi, nameEn, priceDong, "", "", DEFAULT_ICON);
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

    /** Where to go with the ticket, in the screen's language; empty when not configured. */
    public String where(Locale locale) {
        return "en".equals(locale.getLanguage()) ? whereEn : whereVi;
    }
}
