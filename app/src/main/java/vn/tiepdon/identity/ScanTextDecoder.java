package vn.tiepdon.identity;

import java.util.Optional;

/**
 * Turns the raw bytes of a scan into text. One implementation per way a scanner can
 * deliver text (UTF-8 over a virtual COM port today; other code pages and keyboard-wedge
 * input can be added as further decoders without touching the classification).
 */
public interface ScanTextDecoder {

    /** The text the bytes carry, or empty when they are not valid text in this encoding. */
    Optional<DecodedText> decode(byte[] raw);

    /**
     * @param text            the decoded text; when {@code cutMidCharacter}, everything before the cut
     * @param cutMidCharacter the bytes end inside a multi-byte character: the scan was cut short,
     *                        which is a truncation rather than noise
     */
    record DecodedText(String text, boolean cutMidCharacter) {
    }
}
