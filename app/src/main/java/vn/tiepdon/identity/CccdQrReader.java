package vn.tiepdon.identity;

import java.time.Clock;

/**
 * The name the CLI and the kiosk have always constructed; it now reads every identity QR,
 * exactly as {@link IdentityQrReader} does, which new code should use directly.
 */
public final class CccdQrReader implements IdentityReader {

    private final IdentityQrReader reader;

    /** A reader that detects the scanner's encoding ({@link ScanEncoding#AUTO}). */
    public CccdQrReader(Clock clock) {
        this.reader = new IdentityQrReader(clock);
    }

    /** A reader for the encoding chosen in the settings. */
    public CccdQrReader(Clock clock, ScanEncoding encoding) {
        this.reader = new IdentityQrReader(clock, encoding);
    }

    public CccdQrReader(Clock clock, ScanTextDecoder decoder) {
        this.reader = new IdentityQrReader(clock, decoder);
    }

    @Override
    public ScanResult read(byte[] raw) {
        return reader.read(raw);
    }

    @Override
    public ScanResult read(byte[] raw, ScanChannel channel) {
        return reader.read(raw, channel);
    }
}
