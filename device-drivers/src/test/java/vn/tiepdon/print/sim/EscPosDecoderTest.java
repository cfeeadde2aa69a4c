package vn.tiepdon.print.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.print.Alignment;

/** Hand-built byte sequences, straight from the command reference, never from our encoder. */
class EscPosDecoderTest {

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(v);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] stream) {
        return EscPosDecoder.decode(stream).stream().map(Object::toString).toList();
    }

    @Test
    void textCarriesTheSettingsInForceWhenPrinted() {
        byte[] stream = concat(
                bytes(0x1B, 0x40),                 // ESC @
                bytes(0x1B, 0x61, 0x01),           // ESC a 1
                bytes(0x1D, 0x21, 0x33),           // GS ! 4x4
                bytes(0x1B, 0x45, 0x01),           // ESC E 1
                "A027".getBytes(), bytes(0x0A));
        assertThat(lines(stream)).containsExactly(
                "INIT", "ALIGN center", "SIZE 4x4", "BOLD on", "TEXT size=4x4 bold align=center \"A027\"");
    }

    @Test
    void initResetsSizeBoldAndAlignment() {
        byte[] stream = concat(bytes(0x1B, 0x61, 0x02, 0x1D, 0x21, 0x11, 0x1B, 0x45, 0x01, 0x1B, 0x40),
                "x".getBytes(), bytes(0x0A));
        assertThat(lines(stream)).last().isEqualTo("TEXT size=1x1 align=left \"x\"");
    }

    @Test
    void asciiDigitFormsOfAlignmentAreAccepted() {
        assertThat(lines(bytes(0x1B, 0x61, '2'))).containsExactly("ALIGN right");
    }

    @Test
    void feedAndBothCutForms() {
        byte[] stream = bytes(0x1B, 0x64, 0x03, 0x1D, 0x56, 0x42, 0x10, 0x1D, 0x56, 0x41, 0x05,
                0x1D, 0x56, 0x00, 0x1D, 0x56, 0x31);
        assertThat(lines(stream)).containsExactly(
                "FEED 3", "CUT partial feed=16", "CUT full feed=5", "CUT full", "CUT partial");
    }

    @Test
    void rasterBandsAreReadDotForDot() {
        // 2 bytes wide, 3 rows: a diagonal-ish pattern, MSB leftmost.
        byte[] stream = bytes(0x1D, 0x76, 0x30, 0x00, 0x02, 0x00, 0x03, 0x00,
                0x80, 0x00,
                0x40, 0x01,
                0xFF, 0xFF,
                0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x01, 0x00, 0x0F);
        List<EscPosElement> elements = EscPosDecoder.decode(stream);
        assertThat(elements).hasSize(2);
        EscPosElement.Raster first = (EscPosElement.Raster) elements.get(0);
        assertThat(first.toString()).isEqualTo("RASTER 16x3");
        assertThat(first.image().black(0, 0)).isTrue();
        assertThat(first.image().black(1, 0)).isFalse();
        assertThat(first.image().black(1, 1)).isTrue();
        assertThat(first.image().black(15, 1)).isTrue();
        assertThat(first.image().blackDots()).isEqualTo(1 + 2 + 16);
        assertThat(elements.get(1).toString()).isEqualTo("RASTER 8x1");
    }

    @Test
    void statusRequestsAreReportedWithoutBreakingTheLine() {
        byte[] stream = concat("AB".getBytes(), bytes(0x10, 0x04, 0x04), "CD".getBytes(), bytes(0x0A));
        assertThat(lines(stream)).containsExactly("STATUS 4", "TEXT size=1x1 align=left \"ABCD\"");
    }

    @Test
    void unknownCommandsAreSkippedWithTheirParametersAndNoted() {
        byte[] stream = concat(
                bytes(0x1B, 0x74, 0x1E),                          // ESC t 30 (code page)
                bytes(0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x05), // GS ( k, 3 data bytes
                bytes(0x1B, 0x7E),                                // ESC ~ : not a command at all
                "OK".getBytes(), bytes(0x0A));
        List<String> lines = lines(stream);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("UNKNOWN 1B 74 1E");
        assertThat(lines.get(1)).startsWith("UNKNOWN 1D 28 6B 03 00").contains("3 data bytes");
        assertThat(lines.get(2)).startsWith("UNKNOWN 1B 7E");
        assertThat(lines.get(3)).isEqualTo("TEXT size=1x1 align=left \"OK\"");
    }

    @Test
    void truncatedRasterIsReportedNotThrown() {
        byte[] stream = concat("HI".getBytes(), bytes(0x1D, 0x76, 0x30, 0x00, 0x48, 0x00, 0x10, 0x00, 0x01, 0x02));
        List<String> lines = lines(stream);
        assertThat(lines).containsExactly("TEXT size=1x1 align=left \"HI\"",
                "TRUNCATED GS v 0 576x16 (2 of 1152 data bytes)");
    }

    @Test
    void truncatedInsideACommandHeader() {
        assertThat(lines(bytes(0x1B, 0x61))).containsExactly("TRUNCATED ESC a");
        assertThat(lines(bytes(0x1D))).containsExactly("TRUNCATED GS");
    }

    @Test
    void textWithoutLineFeedIsReportedAtTheEnd() {
        assertThat(lines("tail".getBytes())).containsExactly("TEXT size=1x1 align=left \"tail\"");
    }

    @Test
    void positionCountsEveryByte() {
        byte[] stream = bytes(0x1B, 0x40, 'a', 0x0A, 0x1D, 0x56, 0x42, 0x00);
        var decoder = new EscPosDecoder(new java.io.ByteArrayInputStream(stream), e -> { });
        try {
            decoder.run();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(decoder.position()).isEqualTo(stream.length);
    }

    @Test
    void alignmentIsAttachedToRasters() {
        List<EscPosElement> elements = EscPosDecoder.decode(bytes(0x1B, 0x61, 0x01,
                0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x01, 0x00, 0x80));
        assertThat(((EscPosElement.Raster) elements.get(1)).alignment()).isEqualTo(Alignment.CENTER);
    }

    @Test
    void absurdRasterHeaderIsNotedAndDecodingGoesOn() {
        byte[] stream = concat(bytes(0x1D, 0x76, 0x30, 0x00, 0xFF, 0xFF, 0xFF, 0xFF), "OK".getBytes(), bytes(0x0A));
        assertThat(lines(stream)).containsExactly(
                "UNKNOWN 1D 76 30 00 FF FF FF FF (GS v 0 too large, data not consumed)",
                "TEXT size=1x1 align=left \"OK\"");
    }

    @Test
    void olderPrintModeCommandSetsSizeAndEmphasis() {
        byte[] stream = concat(bytes(0x1B, 0x21, 0x38), "BIG".getBytes(), bytes(0x0A));
        assertThat(lines(stream)).containsExactly("SIZE 2x2", "BOLD on", "TEXT size=2x2 bold align=left \"BIG\"");
    }
}
