package vn.tiepdon.bench;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import vn.tiepdon.payment.DecodeResult;
import vn.tiepdon.payment.PaymentRequest;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.payment.io.QrImages;

/**
 * What the cashier screen does for each new bill: build the VietQR payload and render it for a 1080-pixel
 * display (target p99 ≤ 20 ms). Each iteration uses a different amount and bill number, so nothing is cached.
 * Also reports the same with PNG export, and payload decoding alone. One thread, measured one by one after a warm-up.
 * <p>
 * Usage: {@code bench/run vietqr [CODES]} (default 20,000 measured codes).
 */
public final class VietQrRender {

    private static final int WARM_UP = 3_000;
    private static final int SIZE = 1080;

    private VietQrRender() {
    }

    public static void main(String[] args) {
        int codes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        PaymentRequest base = PaymentRequest.toAccount("970415", "113366668888").withMerchantCategory("8062");
        IntFunction<String> payload = i -> VietQr.encode(base.withAmount(50_000L + 1_000L * (i % 5_000))
                .withBillNumber("HD2026" + String.format(Locale.ROOT, "%06d", i))
                .withPurpose(String.format(Locale.ROOT, "TT HD2026%06d BV", i)));

        long[] render = measure(codes, i -> {
            BufferedImage image = QrImages.render(payload.apply(i), SIZE);
            return image.getWidth();
        });
        long[] png = measure(Math.max(1, codes / 10), i -> QrImages.png(payload.apply(i), SIZE).length);
        String sample = payload.apply(0);
        long[] decode = measure(codes * 10, i -> VietQr.decode(sample) instanceof DecodeResult.Decoded ? 1 : 0);

        System.out.printf(Locale.ROOT, "payload %d characters, image %d px (%d modules incl. quiet zone)%n",
                sample.length(), QrImages.render(sample, SIZE).getWidth(), QrImages.modules(sample).getWidth());
        report("build + render " + SIZE + " px", render);
        report("build + render + PNG", png);
        report("decode payload", decode);
    }

    /** Runs {@code work} after a warm-up and returns each call's duration, sorted. */
    private static long[] measure(int count, IntFunction<Integer> work) {
        long sink = 0;
        for (int i = 0; i < Math.min(WARM_UP, count); i++) {
            sink += work.apply(i);
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            sink += work.apply(WARM_UP + i);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        // Printed so the JIT cannot drop the work as unused.
        System.out.printf(Locale.ROOT, "(checksum %d)%n", sink);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-26s n=%d  p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", what,
                sorted.length, millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
