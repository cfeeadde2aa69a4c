package vn.tiepdon.identity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Undoes the classic mojibake "UTF-8 read as Windows-1252 (or Latin-1) and written out again as
 * UTF-8", e.g. {@code Nguyá»…n} → {@code Nguyễn}, which a scanner or a bridge program in between
 * produces when it assumes a Western code page.
 *
 * <p>Repair is attempted only when every character maps back to one byte and those bytes form valid
 * UTF-8 with at least one multi-byte character. Genuine Vietnamese text never qualifies: letters such
 * as ă, ễ, đ have no single-byte form, and ã/é/ô alone followed by ASCII are not valid UTF-8.
 */
final class MojibakeRepair {

    /** Character → byte of Windows-1252; the five bytes it leaves undefined map to their Latin-1 controls. */
    private static final Map<Character, Byte> BYTE_OF = byteTable();

    private MojibakeRepair() {
    }

    /** The repaired text, or empty when the text is not this kind of mojibake. */
    static Optional<String> repair(String text) {
        boolean beyondAscii = false;
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[i] = (byte) c;
                continue;
            }
            Byte single = BYTE_OF.get(c);
            if (single == null) {
                return Optional.empty();
            }
            bytes[i] = single;
            beyondAscii = true;
        }
        if (!beyondAscii) {
            return Optional.empty();
        }
        try {
            String repaired = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(repaired);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Map<Character, Byte> byteTable() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Byte> table = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            char c;
            try {
                CharBuffer decoded = cp1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                c = decoded.charAt(0);
            } catch (CharacterCodingException undefinedInCp1252) {
                c = (char) b;
            }
            table.put(c, (byte) b);
            // Latin-1 readers turn 0x80–0x9F into C1 controls; accept those spellings too.
            table.putIfAbsent((char) b, (byte) b);
        }
        return Map.copyOf(table);
    }
}
