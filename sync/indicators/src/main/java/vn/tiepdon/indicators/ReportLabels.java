package vn.tiepdon.indicators;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What people read for an indicator or a report column, in Vietnamese or English. */
public final class ReportLabels {

    private static final String BUNDLE = "vn.tiepdon.indicators.labels";

    private final ResourceBundle bundle;

    public ReportLabels(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String indicator(Indicator indicator) {
        return bundle.getString("indicator." + indicator.name());
    }

    /** A column key of a {@link StatsTable}; per-reason and per-hour columns are named from their pattern. */
    public String column(String key) {
        if (key.startsWith("rejection_rate:")) {
            return format("column.rejection_rate_for", key.substring("rejection_rate:".length()));
        }
        if (key.equals("hour")) {
            return bundle.getString("column.hour_of_day");
        }
        if (key.matches("h[0-9]{2}")) {
            return format("column.hour", key.substring(1));
        }
        return bundle.containsKey("column." + key) ? bundle.getString("column." + key) : key;
    }

    /** A row label: a day as written, "total" in words. */
    public String rowLabel(String label) {
        return label.equals("total") ? bundle.getString("column.total") : label;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
