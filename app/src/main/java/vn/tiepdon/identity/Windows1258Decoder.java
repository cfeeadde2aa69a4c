package vn.tiepdon.identity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Decodes Windows-1258, the Vietnamese ANSI code page some scanners and older HIS send. It writes
 * most tones as separate combining marks ("e" + U+0303), so the text is composed to NFC to
 * compare equal with the same name read as UTF-8. Bytes the code page leaves undefined are refused.
 */
public final class Windows1258Decoder implements ScanTextDecoder {

    /** In the JDK's jdk.charsets module; absent from a trimmed runtime, then this decoder refuses everything. */
    private static final Charset WINDOWS_1258 = lookUp();

    @Override
    public Optional<DecodedText> decode(byte[] raw) {
        if (WINDOWS_1258 == null) {
            return Optional.empty();
        }
        try {
            CharBuffer chars = WINDOWS_1258.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            // A single-byte code page cannot be cut inside a character.
            return Optional.of(new DecodedText(Normalizer.normalize(chars, Normalizer.Form.NFC), false));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean available() {
        return WINDOWS_1258 != null;
    }

    private static Charset lookUp() {
        try {
            return Charset.forName("windows-1258");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
