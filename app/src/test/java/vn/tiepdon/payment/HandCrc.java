package vn.tiepdon.payment;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE written again for the tests, as the textbook shift register fed one message bit at a time,
 * so that payloads built by hand get their field 63 from outside the code under test.
 */
final class HandCrc {

    private HandCrc() {
    }

    static int crc(byte[] message) {
        int register = 0xFFFF;
        for (byte b : message) {
            for (int bit = 7; bit >= 0; bit--) {
                int feedback = ((register >> 15) ^ (b >> bit)) & 1;
                register = (register << 1) & 0xFFFF;
                if (feedback == 1) {
                    register ^= 0x1021;
                }
            }
        }
        return register;
    }

    /** {@code body} + "6304" + the CRC over the UTF-8 bytes of both, in upper-case hex. */
    static String sign(String body) {
        String signed = body + "6304";
        return signed + "%04X".formatted(crc(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
