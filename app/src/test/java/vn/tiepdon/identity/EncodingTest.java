package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.identity.Samples.AN;
import static vn.tiepdon.identity.Samples.AN_ID;
import static vn.tiepdon.identity.Samples.BINH;
import static vn.tiepdon.identity.Samples.BINH_ID;
import static vn.tiepdon.identity.Samples.utf8;
import static vn.tiepdon.identity.Samples.windows1258;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scanners that send UTF-8, UTF-8 mangled through a Western code page, or Windows-1258. */
class EncodingTest {

    private final IdentityQrReader auto = new IdentityQrReader(Samples.CLOCK);

    @Test
    void theJdkHasWindows1258() {
        assertThat(Windows1258Decoder.available()).isTrue();
    }

    @Test
    void readsWindows1258WithCombiningTonesAsTheSameCard() {
        byte[] an = windows1258(AN);
        byte[] binh = windows1258(BINH);
        assertThat(new String(an, StandardCharsets.ISO_8859_1)).as("tones written as separate marks").contains("Nguyê\u00DEn");

        assertThat(auto.read(an)).isEqualTo(new ScanResult.Accepted(AN_ID));
        assertThat(auto.read(binh)).isEqualTo(new ScanResult.Accepted(BINH_ID));
        assertThat(new IdentityQrReader(Samples.CLOCK, ScanEncoding.WINDOWS_1258).read(an))
                .isEqualTo(new ScanResult.Accepted(AN_ID));
        assertThat(new CccdQrReader(Samples.CLOCK, ScanEncoding.WINDOWS_1258).read(binh))
                .isEqualTo(new ScanResult.Accepted(BINH_ID));
    }

    @Test
    void strictUtf8SettingRefusesWindows1258() {
        assertThat(new IdentityQrReader(Samples.CLOCK, ScanEncoding.UTF8).read(windows1258(AN)))
                .isEqualTo(new ScanResult.Rejected(RejectionReason.GARBLED));
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        String mojibake = Samples.readAsWindows1252(utf8(AN));
        assertThat(mojibake).contains("Nguyá»…n");

        assertThat(auto.read(utf8(mojibake))).isEqualTo(new ScanResult.Accepted(AN_ID));
    }

    @Test
    void repairsUtf8ReadAsLatin1WhoseControlsSurviveAsC1() {
        // "Đ" is C4 90 in UTF-8; 0x90 is undefined in Windows-1252 and survives as U+0090 through Latin-1.
        String mojibake = new String(utf8(AN), StandardCharsets.ISO_8859_1);
        assertThat(mojibake).contains("\u0090");

        assertThat(auto.read(utf8(mojibake))).isEqualTo(new ScanResult.Accepted(AN_ID));
    }

    @Test
    void leavesGenuineVietnameseAlone() {
        String withLatinLookalikes = "Mã Thị Ánh Ý";
        assertThat(MojibakeRepair.repair(withLatinLookalikes)).isEmpty();
        assertThat(MojibakeRepair.repair("Nguyễn Văn An")).isEmpty();
        assertThat(MojibakeRepair.repair("plain ascii")).isEmpty();
    }

    @Test
    void refusesRandomBytesThatAreNeitherUtf8NorVietnamese() {
        Random random = new Random(1258);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[60];
            random.nextBytes(noise);
            if (new AutoDetectDecoder().decode(noise).isEmpty()) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(200);
    }

    @Test
    void refusesWindows1258BytesThatSpellForeignLetters() {
        // ä ö ü ß: Western letters, not Vietnamese; 0x81 is undefined.
        assertThat(new AutoDetectDecoder().decode(new byte[] {'a', (byte) 0xE4, (byte) 0xF6})).isEmpty();
        assertThat(new Windows1258Decoder().decode(new byte[] {'a', (byte) 0x81})).isEmpty();
    }

    @Test
    void eachSettingChoosesItsDecoder() {
        assertThat(ScanEncoding.AUTO.decoder()).isInstanceOf(AutoDetectDecoder.class);
        assertThat(ScanEncoding.UTF8.decoder()).isInstanceOf(StrictUtf8Decoder.class);
        assertThat(ScanEncoding.WINDOWS_1258.decoder()).isInstanceOf(Windows1258Decoder.class);
    }
}
