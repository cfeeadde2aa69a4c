package vn.tiepdon.identity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes UTF-8 and refuses anything malformed. A lenient decoder would turn damaged
 * bytes into replacement characters and let a corrupted name through to a registration.
 */
public final class StrictUtf8Decoder implements ScanTextDecoder {

    @Override
    public Optional<String> decode(byte[] raw) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
