package vn.tiepdon.identity;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes UTF-8 and refuses anything malformed. A lenient decoder would turn damaged
 * bytes into replacement characters and let a corrupted name through to a registration.
 * An incomplete character at the very end is reported as a cut, not as noise.
 */
public final class StrictUtf8Decoder implements ScanTextDecoder {

    @Override
    public Optional<DecodedText> decode(byte[] raw) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        // UTF-8 never yields more chars than bytes.
        CharBuffer out = CharBuffer.allocate(raw.length);
        // endOfInput=false: an incomplete sequence at the end stays unread instead of counting as malformed.
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            return Optional.empty();
        }
        out.flip();
        return Optional.of(new DecodedText(out.toString(), in.hasRemaining()));
    }
}
