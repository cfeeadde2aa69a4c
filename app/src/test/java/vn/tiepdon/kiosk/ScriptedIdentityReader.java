package vn.tiepdon.kiosk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.IdentityReader;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.identity.ScanResult;
import vn.tiepdon.identity.Sex;

/**
 * Stands in for the real CCCD parser: {@code REJECT:<REASON>} is rejected for that reason,
 * a known ID number is accepted as its person, anything else is not an ID.
 */
public final class ScriptedIdentityReader implements IdentityReader {

    public static final CitizenId AN = new CitizenId("001090123456", "123456789", "Nguyễn Văn An",
            LocalDate.of(1990, 8, 15), Sex.MALE, "Số 12 Ngõ 34 Phố Láng Hạ, Hà Nội", LocalDate.of(2021, 4, 20));
    public static final CitizenId BINH = new CitizenId("079305001234", "", "Trần Thị Bình",
            LocalDate.of(2005, 3, 2), Sex.FEMALE, "Phường Bến Nghé, Quận 1, TP Hồ Chí Minh", LocalDate.of(2022, 5, 10));

    /** As a keyboard-mode scanner delivers a name on a layout without Vietnamese letters. */
    public static final CitizenId CUONG_LETTERS_LOST = new CitizenId("036085004321", "", "Ph?m V?n C??ng",
            LocalDate.of(1985, 6, 1), Sex.MALE, "", LocalDate.of(2021, 6, 1), true);

    private static final Map<String, CitizenId> PEOPLE = Map.of(AN.idNumber(), AN, BINH.idNumber(), BINH,
            CUONG_LETTERS_LOST.idNumber(), CUONG_LETTERS_LOST);

    public static byte[] scanOf(CitizenId person) {
        return person.idNumber().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] scanRejectedFor(RejectionReason reason) {
        return ("REJECT:" + reason.name()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ScanResult read(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        if (text.startsWith("REJECT:")) {
            return new ScanResult.Rejected(RejectionReason.valueOf(text.substring("REJECT:".length())));
        }
        CitizenId person = PEOPLE.get(text);
        return person != null ? new ScanResult.Accepted(person) : new ScanResult.Rejected(RejectionReason.NOT_AN_ID);
    }
}
