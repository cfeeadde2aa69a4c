package vn.tiepdon.identity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;

/** The reference's fake payloads and helpers to build variants of them. No real person's data. */
final class Samples {

    /** "Today" for every case: 15 January 2026, 10:00 in Việt Nam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    static final String AN_ADDRESS = "Số 12 Ngõ 34 Phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội";
    static final String AN = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|" + AN_ADDRESS + "|20042021";
    static final String BINH =
            "079305001234||Trần Thị Bình|02032005|Nữ|Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh|10052022";
    static final String KHANG =
            "001204012345||Phạm Minh Khang|05062004|Nam|Số 5 Phố Huế, Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội|15082024";

    static final CitizenId AN_ID = new CitizenId("001090123456", "123456789", "Nguyễn Văn An",
            LocalDate.of(1990, 8, 15), Sex.MALE, AN_ADDRESS, LocalDate.of(2021, 4, 20));
    static final CitizenId BINH_ID = new CitizenId("079305001234", "", "Trần Thị Bình", LocalDate.of(2005, 3, 2),
            Sex.FEMALE, "Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh", LocalDate.of(2022, 5, 10));

    /** The reference's hex for "Nguyễn Văn An". */
    static final String AN_HEX = "4e677579e1bb856e2056c4836e20416e";
    static final String BHYT_ADDRESS = "Số 12 Phố Láng Hạ, Hà Nội";
    static final String BHYT_OFFICE = "BHXH quận Đống Đa";

    /** The reference's old-template card (valid 2020 only: expired on {@link #TODAY}). */
    static final String BHYT_OLD_EXPIRED = "DN4010123456789|" + AN_HEX + "|15/08/1990|1|" + hex(BHYT_ADDRESS)
            + "|01 - 001|01/01/2020|31/12/2020|01/01/2020|0101234567|-|4|01/01/2025|a1b2c3d4e5f60718-1234|$";
    /** The same card renewed for 2026. */
    static final String BHYT_OLD = BHYT_OLD_EXPIRED.replace("01/01/2020|31/12/2020|01/01/2020",
            "01/01/2026|31/12/2026|20/12/2025");
    /** The reference's 2021-template card: 10-digit number, no address, open-ended. */
    static final String BHYT_NEW = "0123456789|" + AN_HEX + "|15/08/1990|1|-|01 - 001|01/01/2024|-|15/01/2024"
            + "|01010123456789|-|4| 01/01/2029|1a2b3c4d5e6f7081-2468|4|" + hex(BHYT_OFFICE) + "|$";

    static final HealthInsuranceCard BHYT_OLD_CARD = new HealthInsuranceCard("DN4010123456789", "Nguyễn Văn An",
            LocalDate.of(1990, 8, 15), Sex.MALE, BHYT_ADDRESS, "01001", LocalDate.of(2026, 1, 1),
            java.util.Optional.of(LocalDate.of(2026, 12, 31)), LocalDate.of(2025, 12, 20), "a1b2c3d4e5f60718-1234", false);
    static final HealthInsuranceCard BHYT_NEW_CARD = new HealthInsuranceCard("0123456789", "Nguyễn Văn An",
            LocalDate.of(1990, 8, 15), Sex.MALE, "", "01001", LocalDate.of(2024, 1, 1),
            java.util.Optional.empty(), LocalDate.of(2024, 1, 15), "1a2b3c4d5e6f7081-2468", false);

    /** Circumflex, breve, horn: part of the letter in Windows-1258 (â, ă, ơ …); the tones stay separate. */
    private static final String VOWEL_MARKS = "\u0302\u0306\u031B";

    /**
     * What a Windows program reading UTF-8 bytes as Windows-1252 shows: the five bytes that code page
     * leaves undefined come through as the C1 controls of the same value, as Windows does.
     */
    static String readAsWindows1252(byte[] bytes) {
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            boolean undefined = unsigned == 0x81 || unsigned == 0x8D || unsigned == 0x8F || unsigned == 0x90 || unsigned == 0x9D;
            text.append(undefined ? String.valueOf((char) unsigned) : new String(new byte[] {b}, cp1252));
        }
        return text.toString();
    }

    private Samples() {
    }

    static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Windows-1258 bytes of Vietnamese text the way Vietnamese software writes them: letters the code
     * page holds whole (â, ă, ê, ô, ơ, ư, đ) as one byte, tones as combining marks after them.
     */
    static byte[] windows1258(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
        StringBuilder spelled = new StringBuilder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            if (encoder.canEncode(c)) {
                spelled.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(c, Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder().append(decomposed.charAt(0));
            StringBuilder tones = new StringBuilder();
            for (char mark : decomposed.substring(1).toCharArray()) {
                (VOWEL_MARKS.indexOf(mark) >= 0 ? letter : tones).append(mark);
            }
            spelled.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(spelled));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not encodable in Windows-1258: " + text, e);
        }
    }
}
