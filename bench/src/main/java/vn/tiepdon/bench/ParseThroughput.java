package vn.tiepdon.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.tiepdon.identity.IdentityQrReader;
import vn.tiepdon.identity.ScanChannel;
import vn.tiepdon.identity.ScanResult;

/**
 * Throughput and per-scan latency of decoding, classifying, parsing and checking identity QRs, over a
 * fixed mix of valid and invalid payloads (fake data): CCCD, BHYT both templates, an expired card,
 * Windows-1258 and mojibake bytes, keyboard-wedge losses, bank and URL codes, noise, cut scans and a
 * 10 KB line. One thread, as at the kiosk. Reports scans per second and the p50/p99/p99.9/max of
 * single scans measured one by one after a warm-up.
 * <p>
 * Usage: {@code bench/run parse [SCANS]} (default 1,000,000 measured scans).
 */
public final class ParseThroughput {

    private static final int WARM_UP = 200_000;

    private ParseThroughput() {
    }

    public static void main(String[] args) {
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Scan> mix = mix();
        IdentityQrReader reader = new IdentityQrReader(Clock.systemDefaultZone());
        int accepted = 0;
        for (int i = 0; i < WARM_UP; i++) {
            Scan scan = mix.get(i % mix.size());
            accepted += reader.read(scan.bytes, scan.channel) instanceof ScanResult.Accepted ? 1 : 0;
        }

        long[] nanos = new long[scans];
        long started = System.nanoTime();
        for (int i = 0; i < scans; i++) {
            Scan scan = mix.get(i % mix.size());
            long t0 = System.nanoTime();
            ScanResult result = reader.read(scan.bytes, scan.channel);
            nanos[i] = System.nanoTime() - t0;
            accepted += result instanceof ScanResult.Accepted ? 1 : 0;
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(nanos);

        System.out.printf(Locale.ROOT, "payload mix: %d kinds (%d valid), %d scans measured after %d warm-up%n",
                mix.size(), mix.stream().filter(s -> s.valid).count(), scans, WARM_UP);
        System.out.printf(Locale.ROOT, "throughput: %.0f scans/s (including timer overhead)%n", scans / (elapsed / 1e9));
        System.out.printf(Locale.ROOT, "per scan: p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs%n",
                micros(nanos, 0.50), micros(nanos, 0.99), micros(nanos, 0.999), nanos[scans - 1] / 1e3);
        // Printed so the JIT cannot drop the reads as unused.
        System.out.printf(Locale.ROOT, "accepted: %d%n", accepted);
        for (Scan scan : mix) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                reader.read(scan.bytes, scan.channel);
            }
            System.out.printf(Locale.ROOT, "  %-34s %7.2f µs/scan%n", scan.name, (System.nanoTime() - t0) / 2000 / 1e3);
        }
    }

    private static double micros(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e3;
    }

    private record Scan(String name, byte[] bytes, ScanChannel channel, boolean valid) {
    }

    private static List<Scan> mix() {
        String address = "Số 12 Ngõ 34 Phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội";
        String an = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|" + address + "|20042021";
        String binh = "079305001234||Trần Thị Bình|02032005|Nữ|Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh|10052022";
        String nameHex = hex("Nguyễn Văn An");
        String bhytOld = "DN4010123456789|" + nameHex + "|15/08/1990|1|" + hex("Số 12 Phố Láng Hạ, Hà Nội")
                + "|01 - 001|01/01/2020|31/12/2099|01/01/2020|0101234567|-|4|01/01/2025|a1b2c3d4e5f60718-1234|$";
        String bhytNew = "0123456789|" + nameHex + "|15/08/1990|1|-|01 - 001|01/01/2024|-|15/01/2024"
                + "|01010123456789|-|4| 01/01/2029|1a2b3c4d5e6f7081-2468|4|" + hex("BHXH quận Đống Đa") + "|$";
        String windows1258 = "001090123456|123456789|Nguyê\u0303n V\u0103n An|15081990|Nam|Ha\u0300 N\u00f4\u0323i|20042021";
        String mojibake = new String(an.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        byte[] noise = new byte[200];
        new Random(7).nextBytes(noise);

        List<Scan> mix = new ArrayList<>();
        mix.add(new Scan("CCCD", utf8(an + "\r"), ScanChannel.SERIAL, true));
        mix.add(new Scan("CCCD without CMND, female", utf8(binh + "\r\n"), ScanChannel.SERIAL, true));
        mix.add(new Scan("BHYT old template", utf8(bhytOld + "\r"), ScanChannel.SERIAL, true));
        mix.add(new Scan("BHYT 2021 template", utf8(bhytNew + "\r"), ScanChannel.SERIAL, true));
        mix.add(new Scan("CCCD in Windows-1258", windows1258.getBytes(Charset.forName("windows-1258")), ScanChannel.SERIAL, true));
        mix.add(new Scan("CCCD as mojibake", utf8(mojibake), ScanChannel.SERIAL, true));
        mix.add(new Scan("CCCD typed, letters lost", utf8(an.replace("ễ", "?").replace("ă", "")), ScanChannel.KEYBOARD, true));
        mix.add(new Scan("BHYT expired", utf8(bhytOld.replace("31/12/2099", "31/12/2020")), ScanChannel.SERIAL, false));
        mix.add(new Scan("CCCD sex contradicts number", utf8(an.replace("|Nam|", "|Nữ|")), ScanChannel.SERIAL, false));
        mix.add(new Scan("CCCD cut in half", utf8(an.substring(0, an.length() / 2)), ScanChannel.SERIAL, false));
        mix.add(new Scan("VietQR", utf8("00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN6304ABCD"),
                ScanChannel.SERIAL, false));
        mix.add(new Scan("URL", utf8("https://vneid.gov.vn/share?token=abc"), ScanChannel.SERIAL, false));
        mix.add(new Scan("random bytes", noise, ScanChannel.SERIAL, false));
        mix.add(new Scan("10 KB line", utf8("001090123456|" + "9".repeat(10_000)), ScanChannel.SERIAL, false));
        return mix;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
