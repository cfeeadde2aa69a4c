package vn.tiepdon.payment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), as EMVCo field 63 uses it. */
public final class Crc16 {

    private Crc16() {
    }

    public static int ccittFalse(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    /** Four upper-case hex digits over the UTF-8 bytes: bank apps count characters in LEN but hash bytes. */
    public static String hex(String text) {
        return String.format(Locale.ROOT, "%04X", ccittFalse(text.getBytes(StandardCharsets.UTF_8)));
    }
}
