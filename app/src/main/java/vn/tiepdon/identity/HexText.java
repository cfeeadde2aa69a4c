package vn.tiepdon.identity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The hex-encoded UTF-8 that BHYT codes use for Vietnamese text ({@code 4e677579e1bb856e} = "Nguyễn"),
 * which keeps the whole payload ASCII. Either case is accepted: a keyboard-wedge scanner with
 * Caps Lock on inverts the letters.
 */
final class HexText {

    private HexText() {
    }

    /** True for a non-empty run of hex digits (any length: a cut scan may end mid-field). */
    static boolean looksHex(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    /** The text, or empty when the field is not even-length hex or the bytes are not valid UTF-8. */
    static Optional<String> decode(String hex) {
        if (hex.length() % 2 != 0 || !looksHex(hex)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (Character.digit(hex.charAt(2 * i), 16) << 4 | Character.digit(hex.charAt(2 * i + 1), 16));
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
