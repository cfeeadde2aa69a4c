package vn.tiepdon.print;

import java.util.Arrays;

/**
 * A 1-bit image in the printer's own layout: rows of {@code widthBytes} bytes, most significant bit
 * the leftmost dot, 1 = black. Immutable.
 */
public final class BitImage {

    private final int widthBytes;
    private final int height;
    private final byte[] data;

    public BitImage(int widthBytes, int height, byte[] data) {
        if (widthBytes < 0 || height < 0 || data.length != widthBytes * height) {
            throw new IllegalArgumentException("image data is " + data.length + " bytes, expected "
                    + widthBytes + "×" + height);
        }
        this.widthBytes = widthBytes;
        this.height = height;
        this.data = data.clone();
    }

    public int widthBytes() {
        return widthBytes;
    }

    public int widthDots() {
        return widthBytes * 8;
    }

    public int height() {
        return height;
    }

    public boolean black(int x, int y) {
        return (data[y * widthBytes + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), for sending in bands. */
    public BitImage rows(int from, int to) {
        return new BitImage(widthBytes, to - from, Arrays.copyOfRange(data, from * widthBytes, to * widthBytes));
    }

    public byte[] bytes() {
        return data.clone();
    }

    public int blackDots() {
        int n = 0;
        for (byte b : data) {
            n += Integer.bitCount(b & 0xFF);
        }
        return n;
    }
}
