package vn.tiepdon.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.counts.KioskCounts;
import vn.tiepdon.counts.RecordingScanCounter;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteRegistrations;
import vn.tiepdon.ticket.CountingTicketIssuer;
import vn.tiepdon.ticket.RegisteringTicketIssuer;
import vn.tiepdon.ticket.TicketIssuer;
import vn.tiepdon.identity.CccdQrReader;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.KioskState;
import vn.tiepdon.kiosk.KioskTimer;
import vn.tiepdon.print.PrinterAddress;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.ScanListener;
import vn.tiepdon.scan.SerialScanSettings;
import vn.tiepdon.scan.SerialScanSource;
import vn.tiepdon.scan.sim.ScannerSimulator;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteTicketLedger;
import vn.tiepdon.ticket.PrintingTicketIssuer;
import vn.tiepdon.ticket.TicketLayout;

/**
 * Software latency of the kiosk's main path: from the moment the last byte of a scan has been
 * handed to the scanner's pseudo-terminal (socat) to the first byte of that ticket's print job at
 * the printer emulator. Real parts throughout: jSerialComm on the pty, the CCCD reader, the kiosk
 * flow (its "confirm" and "service" touches made by the harness as soon as the screen would show
 * them), SQLite with synchronous=FULL, ESC/POS over TCP with the status check that opens every job.
 * The JavaFX thread is stood in for by one single-threaded executor. Also reports bytes per ticket.
 * <p>
 * Usage: {@code bench/run latency [SCANS]} (default 1000).
 */
public final class ScanToTicketLatency {

    private static final String PAYLOAD = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Số 12 Ngõ 34 Phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội|20042021";
    private static final int WARM_UP = 50;

    private ScanToTicketLatency() {
    }

    public static void main(String[] args) throws Exception {
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("tiepdon-bench");
        BlockingQueue<Long> firstBytes = new LinkedBlockingQueue<>();
        BlockingQueue<KioskState> states = new LinkedBlockingQueue<>();
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"));

        try (PrinterEmulator printer = new PrinterEmulator().start();
             ScannerSimulator scanner = ScannerSimulator.start(dir.resolve("ttyScanner"), Framing.CR);
             KioskDatabase database = KioskDatabase.open(dir.resolve("data"))) {
            printer.onFirstByte(firstBytes::add);
            KioskSettings settings = SettingsLoader.demo(dir.resolve("data"), scanner.link().toString(),
                    "tcp:127.0.0.1:" + printer.port());
            Service service = settings.services().get(0);
            Clock clock = Clock.systemDefaultZone();
            // The kiosk's own chain: counted scans, the registration, the number and its print outcome, each
            // counted in the transaction that records it.
            SqliteTicketLedger ledger = SqliteTicketLedger.openForKiosk(database, 0, clock, "K01");
            KioskCounts counts = new KioskCounts("K01", new SqliteEventLog(database, clock.getZone()), clock);
            PrintingTicketIssuer printing = new PrintingTicketIssuer(ledger,
                    PrinterAddress.parse(settings.printerAddress()),
                    new TicketLayout(settings.hospitalName(), settings.paperWidthDots()),
                    PrioritySeries.withPrioritySeries(settings.services()), clock, counts);
            TicketIssuer issuer = new CountingTicketIssuer(new RegisteringTicketIssuer(printing,
                    new SqliteRegistrations(database, "K01", clock.getZone()), settings.priority(), clock), counts);
            KioskFlow flow = new KioskFlow(FlowSettings.from(settings), new CccdQrReader(clock),
                    new RecordingScanCounter(counts), issuer, neverFires(), worker, ui);
            flow.addListener((state, locale) -> {
                // The harness's finger: touch "confirm" and the service the moment they appear.
                if (state instanceof KioskState.Confirm) {
                    flow.confirm();
                } else if (state instanceof KioskState.ChooseService) {
                    flow.chooseService(service);
                } else {
                    states.add(state);
                }
            });
            SerialScanSource source = new SerialScanSource(SerialScanSettings.defaults(scanner.link().toString()));
            BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
            source.start(new ScanListener() {
                @Override
                public void onScan(byte[] payload) {
                    ui.execute(() -> flow.scan(payload));
                }

                @Override
                public void onConnectionChange(boolean isConnected, String detail) {
                    connected.add(isConnected);
                }
            });
            if (!Boolean.TRUE.equals(connected.poll(10, TimeUnit.SECONDS))) {
                throw new IllegalStateException("scanner did not connect");
            }

            byte[] scan = PAYLOAD.getBytes(StandardCharsets.UTF_8);
            long[] latencies = new long[scans];
            for (int i = -WARM_UP; i < scans; i++) {
                scanner.type(scan);
                long lastByteHandedOver = System.nanoTime();
                Long firstByte = firstBytes.poll(30, TimeUnit.SECONDS);
                KioskState end = awaitEnd(states);
                if (firstByte == null || !(end instanceof KioskState.Done)) {
                    throw new IllegalStateException("scan " + i + " ended in " + end);
                }
                if (i >= 0) {
                    latencies[i] = firstByte - lastByteHandedOver;
                }
                ui.submit(flow::backToStart).get();
                states.clear();
            }
            source.close();

            List<DecodedTicket> tickets = printer.awaitTickets(scans + WARM_UP, Duration.ofSeconds(30));
            long[] sizes = tickets.stream().mapToLong(DecodedTicket::byteCount).sorted().toArray();
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "scan-to-ticket latency over %d scans (after %d warm-up):%n", scans, WARM_UP);
            System.out.printf(Locale.ROOT, "  median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    ms(percentile(latencies, 50)), ms(percentile(latencies, 90)), ms(percentile(latencies, 99)),
                    ms(latencies[latencies.length - 1]));
            System.out.printf(Locale.ROOT, "bytes per ticket over %d tickets: median %d, max %d%n",
                    sizes.length, percentile(sizes, 50), sizes[sizes.length - 1]);
        } finally {
            ui.shutdownNow();
            worker.shutdownNow();
        }
    }

    private static KioskState awaitEnd(BlockingQueue<KioskState> states) throws InterruptedException {
        List<KioskState> seen = new ArrayList<>();
        while (true) {
            KioskState state = states.poll(30, TimeUnit.SECONDS);
            if (state == null) {
                return seen.isEmpty() ? null : seen.get(seen.size() - 1);
            }
            seen.add(state);
            if (state instanceof KioskState.Done || state instanceof KioskState.PrintFailed
                    || state instanceof KioskState.Rejected || state instanceof KioskState.NotIssued) {
                return state;
            }
        }
    }

    private static KioskTimer neverFires() {
        return (delay, action) -> KioskTimer.Cancellable.NONE;
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
