package vn.tiepdon.identity;

import java.util.Set;

/**
 * The two-letter beneficiary ("đối tượng") codes that open a 15-character BHYT card number, as the
 * reference lists them. Regulations add and retire codes, so an unknown code does not refuse a card:
 * the reader accepts it and {@link HealthInsuranceCard#objectCodeKnown()} lets the desk notice.
 */
public final class BhytObjectCodes {

    private static final Set<String> KNOWN = Set.of(
            "DN", "HC", "HT", "TE", "HS", "SV", "HN", "CN", "TN", "GD", "CC", "CK", "CB", "KC", "BT", "QN",
            "CA", "CY", "TS", "XD", "DT", "DK", "NO", "TQ", "TA", "TY", "HG", "LS", "XK", "XB", "XN", "TB",
            "MS", "HD", "TC", "TV", "TK", "HX", "CH", "NN", "CT", "CS", "PV", "GB", "XV");

    private BhytObjectCodes() {
    }

    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }
}
