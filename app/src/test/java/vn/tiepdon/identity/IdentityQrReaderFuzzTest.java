package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 120,000 random and damaged scans through the reader without its safety net: nothing may throw,
 * and every answer must be a rejection or a document that passes the checks it claims to have passed.
 * Seeded, so a failure names the scan that caused it and repeats.
 */
class IdentityQrReaderFuzzTest {

    private static final int SCANS = 120_000;
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{5,}");
    private static final List<String> SEEDS = List.of(Samples.AN, Samples.BINH, Samples.KHANG,
            Samples.BHYT_OLD, Samples.BHYT_NEW, Samples.BHYT_OLD_EXPIRED);
    /** Characters payloads are made of, so that random text often reaches the field parsers. */
    private static final String PAYLOAD_ALPHABET = "0123456789|||/-$ abcdefABCDEFNamNữ?\uFFFD\r\n]Q1";

    private final IdentityQrReader reader = new IdentityQrReader(Samples.CLOCK);
    private final Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);
    private int accepted;

    @Test
    void answersEveryRandomOrMutatedScanWithAValidDocumentOrARejection() {
        List<byte[]> seeds = new ArrayList<>();
        SEEDS.forEach(seed -> seeds.add(Samples.utf8(seed)));
        seeds.add(Samples.windows1258(Samples.AN));
        seeds.add(Samples.utf8(Samples.readAsWindows1252(Samples.utf8(Samples.BINH))));

        int scans = 0;
        for (byte[] seed : seeds) {
            for (int cut = 0; cut <= seed.length; cut++) {
                check(Arrays.copyOf(seed, cut), ScanChannel.SERIAL, "cut " + cut);
                scans++;
            }
        }
        Random random = new Random(20260115);
        while (scans < SCANS) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            int kind = random.nextInt(9);
            byte[] input = switch (kind) {
                case 0 -> randomBytes(random, random.nextInt(300));
                case 1 -> Arrays.copyOf(seed, random.nextInt(seed.length + 1));
                case 2 -> swapFields(seed, random);
                case 3 -> withByte(seed, random, (byte) (0x80 + random.nextInt(0x80)));
                case 4 -> withByte(seed, random, (byte) PAYLOAD_ALPHABET.charAt(random.nextInt(24)));
                // A few thousand 10 KB lines are enough; more would only slow the build.
                case 5 -> random.nextInt(4) == 0 ? longLine(seed, random) : swapFields(seed, random);
                case 6 -> corruptHex(random);
                case 7 -> randomPayloadText(random);
                default -> withByte(withByte(seed, random, (byte) random.nextInt(256)), random, (byte) random.nextInt(256));
            };
            ScanChannel channel = random.nextInt(4) == 0 ? ScanChannel.KEYBOARD : ScanChannel.SERIAL;
            check(input, channel, "scan " + scans + " kind " + kind);
            scans++;
        }

        assertThat(scans).isGreaterThanOrEqualTo(100_000);
        // The mutations must reach the deep paths, or this test proves little.
        assertThat(accepted).isGreaterThan(1000);
        assertThat(rejected.keySet()).contains(RejectionReason.GARBLED, RejectionReason.TRUNCATED, RejectionReason.NOT_AN_ID,
                RejectionReason.BAD_DATE, RejectionReason.CHECK_FAILED, RejectionReason.EXPIRED_CARD);
    }

    private void check(byte[] input, ScanChannel channel, String what) {
        ScanResult result;
        try {
            result = reader.readUnguarded(input, channel);
        } catch (RuntimeException | StackOverflowError e) {
            fail("%s threw on %s", what, Arrays.toString(Arrays.copyOf(input, Math.min(input.length, 200))), e);
            return;
        }
        switch (result) {
            case ScanResult.Rejected r -> {
                assertThat(r.reason()).as(what).isNotNull();
                rejected.merge(r.reason(), 1, Integer::sum);
            }
            case ScanResult.Accepted a -> {
                accepted++;
                assertSound(a.document(), what);
            }
        }
    }

    private static void assertSound(IdentityDocument document, String what) {
        assertThat(document.fullName()).as(what).isNotBlank();
        assertThat(document.dateOfBirth()).as(what).isBeforeOrEqualTo(Samples.TODAY);
        assertThat(LONG_DIGIT_RUN.matcher(document.toString()).find()).as(what + ": toString hides the number").isFalse();
        switch (document) {
            case CitizenId id -> {
                assertThat(id.idNumber()).as(what).matches("[0-9]{12}");
                assertThat(IdNumberChecks.consistent(id.idNumber(), id.sex(), id.dateOfBirth())).as(what).isTrue();
                assertThat(id.issueDate()).as(what).isBetween(id.dateOfBirth(), Samples.TODAY);
                assertThat(ScanText.hasControlOrJunk(id.fullName() + id.address())).as(what).isFalse();
            }
            case HealthInsuranceCard card -> {
                assertThat(card.cardNumber()).as(what).matches("[A-Z]{2}[1-5][0-9]{12}|[0-9]{10}");
                assertThat(card.validOn(Samples.TODAY)).as(what).isTrue();
                assertThat(card.facilityCode()).as(what).matches("[0-9]{2}[0-9A-Z]{3}");
                assertThat(ScanText.hasUnprintable(card.fullName() + card.address())).as(what).isFalse();
            }
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] withByte(byte[] seed, Random random, byte value) {
        byte[] copy = seed.clone();
        if (copy.length > 0) {
            copy[random.nextInt(copy.length)] = value;
        }
        return copy;
    }

    private static byte[] swapFields(byte[] seed, Random random) {
        String[] fields = new String(seed, StandardCharsets.UTF_8).split("\\|", -1);
        int a = random.nextInt(fields.length);
        int b = random.nextInt(fields.length);
        String kept = fields[a];
        fields[a] = fields[b];
        fields[b] = kept;
        return String.join("|", fields).getBytes(StandardCharsets.UTF_8);
    }

    /** About 10 KB on one line: a seed repeated, digits, separators or noise. */
    private static byte[] longLine(byte[] seed, Random random) {
        int size = 10_000 + random.nextInt(400);
        return switch (random.nextInt(4)) {
            case 0 -> Arrays.copyOf(seed, size);
            case 1 -> ("001090123456|" + "9".repeat(size)).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("DN4010123456789|" + "4e".repeat(size / 2) + "|$").getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder text = new StringBuilder(size);
                while (text.length() < size) {
                    text.append(PAYLOAD_ALPHABET.charAt(random.nextInt(PAYLOAD_ALPHABET.length())));
                }
                yield text.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** A BHYT card with one hex field damaged: a character replaced, dropped, doubled, or case-flipped. */
    private static byte[] corruptHex(Random random) {
        String card = random.nextBoolean() ? Samples.BHYT_OLD : Samples.BHYT_NEW;
        String[] fields = card.split("\\|", -1);
        int[] hexFields = card == Samples.BHYT_OLD ? new int[] {1, 4} : new int[] {1, 15};
        int field = hexFields[random.nextInt(hexFields.length)];
        StringBuilder hex = new StringBuilder(fields[field]);
        int at = random.nextInt(hex.length());
        fields[field] = switch (random.nextInt(4)) {
            case 0 -> hex.replace(at, at + 1, String.valueOf("ghxz- |G0f9".charAt(random.nextInt(11)))).toString();
            case 1 -> hex.deleteCharAt(at).toString();
            case 2 -> hex.insert(at, hex.charAt(at)).toString();
            default -> hex.toString().toUpperCase(Locale.ROOT);
        };
        return String.join("|", fields).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomPayloadText(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "001090123456|" : "DN4010123456789|");
        int length = random.nextInt(150);
        for (int i = 0; i < length; i++) {
            text.append(PAYLOAD_ALPHABET.charAt(random.nextInt(PAYLOAD_ALPHABET.length())));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
