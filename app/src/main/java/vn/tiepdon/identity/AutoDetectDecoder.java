package vn.tiepdon.identity;

import java.util.Optional;

/**
 * The default decoder: finds the reading of the bytes that gives clean text, in this order.
 * <ol>
 *   <li>Strict UTF-8 (virtual-COM scanners, VNeID, every BHYT code). If that text is UTF-8 mojibake
 *       ({@code Nguyá»…n}), the repaired text.</li>
 *   <li>Bytes that end inside a UTF-8 character but are valid before it: a cut UTF-8 scan, reported as such.</li>
 *   <li>Otherwise Windows-1258, but only when every character beyond ASCII is a Vietnamese letter or
 *       tone mark and no control character appears: random noise and other code pages fail that test
 *       and stay refused.</li>
 * </ol>
 */
public final class AutoDetectDecoder implements ScanTextDecoder {

    private final StrictUtf8Decoder utf8 = new StrictUtf8Decoder();
    private final Windows1258Decoder windows1258 = new Windows1258Decoder();

    @Override
    public Optional<DecodedText> decode(byte[] raw) {
        Optional<DecodedText> asUtf8 = utf8.decode(raw);
        if (asUtf8.isPresent()) {
            DecodedText text = asUtf8.get();
            if (text.cutMidCharacter()) {
                return asUtf8;
            }
            return Optional.of(MojibakeRepair.repair(text.text())
                    .map(repaired -> new DecodedText(repaired, false))
                    .orElse(text));
        }
        return windows1258.decode(raw).filter(decoded -> plausibleVietnamese(decoded.text()));
    }

    /** Every character is printable ASCII, a scanner terminator, or a Vietnamese letter. */
    static boolean plausibleVietnamese(String text) {
        return text.codePoints().allMatch(cp -> (cp >= 0x20 && cp < 0x7F)
                || cp == '\r' || cp == '\n' || cp == '\t'
                || VietnameseLetters.isVietnameseNonAscii(cp));
    }
}
