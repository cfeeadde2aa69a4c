package vn.tiepdon.identity;

/** Turns the raw bytes of one scan into an identity document or a rejection. Never throws. */
public interface IdentityReader {

    ScanResult read(byte[] raw);
}
