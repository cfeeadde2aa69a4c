package vn.tiepdon.indicators.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report says around its tables, as a hospital's report to its Department of Health does: who reports, which
 * kiosks the figures come from, the period, the day it was made, and the services by name. Codes and names only:
 * nothing here names a patient.
 *
 * @param units        the hospital (on a kiosk) or the facilities a server's report covers; none when not known, and
 *                     the report leaves the line to be written by hand
 * @param kiosks       the kiosks whose figures the report sums
 * @param made         the day the report was made (for the heading and the line above the signatures)
 * @param serviceNames service code → name in the report's language; a code without a name is shown as it is
 */
public record ReportHeading(List<Unit> units, List<String> kiosks, LocalDate from, LocalDate to, LocalDate made,
                            Map<String, String> serviceNames) {

    /**
     * A reporting unit.
     *
     * @param code its facility code (the BHYT code, 79001), empty when the kiosk reports under none
     */
    public record Unit(String name, String code) {

        public Unit {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
        }
    }

    public ReportHeading {
        units = List.copyOf(units);
        kiosks = List.copyOf(kiosks);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(made, "made");
        serviceNames = Map.copyOf(serviceNames);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The service's name, or its code when none is known (a service removed from the settings since). */
    public String serviceName(String code) {
        return serviceNames.getOrDefault(code, code);
    }
}
