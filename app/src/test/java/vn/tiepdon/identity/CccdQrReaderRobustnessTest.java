package vn.tiepdon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Thousands of random and damaged scans: the reader must answer every one and never throw. */
class CccdQrReaderRobustnessTest {

    private static final byte[] VALID = ("001090123456|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Số 12 Ngõ 34 Phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|20042021").getBytes(StandardCharsets.UTF_8);

    private final CccdQrReader reader = new CccdQrReader(
            Clock.fixed(Instant.parse("2026-01-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void answersEveryRandomOrMutatedScan() {
        Random random = new Random(20260115);
        Set<RejectionReason> seen = EnumSet.noneOf(RejectionReason.class);
        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] input = i % 2 == 0 ? randomBytes(random) : mutate(VALID, random);
            ScanResult result = reader.read(input);
            assertThat(result).as("scan %d", i).isNotNull();
            if (result instanceof ScanResult.Rejected rejected) {
                seen.add(rejected.reason());
            } else {
                accepted++;
            }
        }
        // The mutations must exercise more than one path, or this test proves little.
        assertThat(seen).contains(RejectionReason.GARBLED, RejectionReason.TRUNCATED);
        assertThat(seen.size()).isGreaterThanOrEqualTo(4);
        assertThat(accepted).isPositive();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        return switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(copy, random.nextInt(copy.length));
            case 1 -> {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                yield copy;
            }
            case 2 -> {
                copy[random.nextInt(copy.length)] = (byte) ('0' + random.nextInt(10));
                yield copy;
            }
            case 3 -> {
                int at = random.nextInt(copy.length);
                byte[] longer = Arrays.copyOf(copy, copy.length + 1);
                System.arraycopy(copy, at, longer, at + 1, copy.length - at);
                longer[at] = (byte) "|\r\n \0".charAt(random.nextInt(5));
                yield longer;
            }
            default -> copy;
        };
    }
}
