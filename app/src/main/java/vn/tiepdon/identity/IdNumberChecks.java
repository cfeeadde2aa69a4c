package vn.tiepdon.identity;

import java.time.LocalDate;

/**
 * Cross-checks of the 12-digit number {@code PPP G YY RRRRRR} against the other fields
 * (Circular 07/2016/TT-BCA): the QR carries no checksum or signature, so these are the only
 * way to notice a damaged or edited code.
 */
final class IdNumberChecks {

    private IdNumberChecks() {
    }

    /**
     * True when the province code is known, the century-sex digit G matches the sex
     * (even = male) and the century of birth (0/1 = 1900s, 2/3 = 2000s …), and YY matches
     * the last two digits of the birth year.
     */
    static boolean consistent(String idNumber, Sex sex, LocalDate dateOfBirth) {
        if (!ProvinceCodes.isKnown(idNumber.substring(0, 3))) {
            return false;
        }
        int centuryAndSex = idNumber.charAt(3) - '0';
        Sex sexFromNumber = centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int centuryStart = 1900 + (centuryAndSex / 2) * 100;
        int yearFromNumber = centuryStart + Integer.parseInt(idNumber.substring(4, 6));
        return sexFromNumber == sex && yearFromNumber == dateOfBirth.getYear();
    }
}
