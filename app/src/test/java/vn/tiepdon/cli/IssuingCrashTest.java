package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.station.IssuingProcess;
import vn.tiepdon.station.Kiosk;
import vn.tiepdon.store.SqliteTicketLedger;
import vn.tiepdon.testing.KioskSettingsFile;

/**
 * The power is cut at random moments while a kiosk issues and prints: a separate JVM, started as the kiosk starts
 * (the check before issuing, recovery, the space reserve), killed with SIGKILL after a random number of its own
 * steps — while starting, or after the k-th ticket — again and again, then started once cleanly. Afterwards: no
 * number twice, no ticket on paper that the ledger does not know, every number recorded as printed came out of the
 * printer, and {@code tiepdon stats} counts exactly what the ledger holds, service by service.
 *
 * <p>The kill follows the child's own progress, not a sleep, so the test paces itself on any machine; the seed of
 * the random draws is printed on failure to run the same draws again.
 */
class IssuingCrashTest {

    private static final int MIN_ISSUES = 100;
    private static final int MIN_KILLS = 20;
    /** The staff line: the ledger id and the service code, e.g. {@code Ma #12 | KBHYT}. */
    private static final Pattern STAFF_LINE = Pattern.compile("Ma #(\\d+) \\| ([\\w-]+)");
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsNoNumberIsGivenTwiceAndTheCountsEqualTheLedger() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path dataDir = dir.resolve("data");
        LocalDate firstDay = today();
        int kills = 0;
        int steps = 0;
        try (PrinterEmulator printer = new PrinterEmulator().start()) {
            Path settings = KioskSettingsFile.write(dir.resolve("kiosk.properties"), dataDir, dir.resolve("backup"),
                    printer.port());
            while (issuedSoFar(dataDir, firstDay) < MIN_ISSUES || kills < MIN_KILLS) {
                // -1: while it starts and recovers; 0: as soon as it is ready; k: after its k-th ticket
                int killAfter = random.nextInt(22) - 1;
                steps += runAndKill(settings, killAfter, seed);
                kills++;
                assertThat(kills).as("kills needed to reach %d issues (seed %d)", MIN_ISSUES, seed).isLessThan(400);
            }
            // The kiosk starts again after the last cut: leftovers become NOT_PRINTED, counted as such.
            List<IssuedTicket> recorded = recordedAfterRestart(settings, dataDir, firstDay);
            List<DecodedTicket> printed = printer.tickets();

            assertThat(recorded).as("issued (seed %d)", seed).hasSizeGreaterThanOrEqualTo(MIN_ISSUES);
            int gaps = assertNoNumberTwice(recorded, seed);
            assertThat(recorded).as("every number is printed or marked not printed")
                    .allMatch(t -> t.printState() == PrintState.PRINTED || t.printState() == PrintState.NOT_PRINTED);
            int onPaper = assertPrinterAgrees(recorded, printed, seed);
            Map<String, long[]> counted = assertStatsEqualTheLedger(dataDir, firstDay, recorded, seed);
            System.out.printf(Locale.ROOT, "crash test (seed %d): %d kills, %d steps seen, %d numbers given, "
                            + "%d skipped, %d whole tickets on paper, %d printed and %d not printed in the ledger, "
                            + "stats by service %s%n", seed, kills, steps, recorded.size(), gaps, onPaper,
                    recorded.stream().filter(t -> t.printState() == PrintState.PRINTED).count(),
                    recorded.stream().filter(t -> t.printState() == PrintState.NOT_PRINTED).count(),
                    counted.entrySet().stream().map(e -> e.getKey() + "=" + Arrays.toString(e.getValue()))
                            .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Starts the issuing JVM and pulls the plug (SIGKILL) when it reports the chosen step.
     *
     * @return how many steps it reported
     */
    private int runAndKill(Path settings, int killAfter, long seed) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                IssuingProcess.class.getName(), settings.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int issued = 0;
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(nextLine(output, seed)).isEqualTo("starting");
            if (killAfter >= 0) {
                assertThat(nextLine(output, seed)).as("the kiosk starts (seed %d)", seed).isEqualTo("ready");
                while (issued < killAfter) {
                    assertThat(nextLine(output, seed)).as("seed %d", seed).isEqualTo("issued");
                    issued++;
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return issued;
    }

    private static String nextLine(BufferedReader reader, long seed) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                return "unreadable: " + e;
            }
        });
        try {
            return line.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the issuing process said nothing for " + STEP_TIMEOUT + " (seed " + seed + ")");
        }
    }

    private static int issuedSoFar(Path dataDir, LocalDate firstDay) {
        return Files.exists(dataDir.resolve(KioskDatabase.FILE_NAME)) ? recorded(dataDir, firstDay).size() : 0;
    }

    private static List<IssuedTicket> recordedAfterRestart(Path settings, Path dataDir, LocalDate firstDay)
            throws Exception {
        Kiosk.open(SettingsLoader.load(settings), Clock.systemDefaultZone()).close();
        return recorded(dataDir, firstDay);
    }

    private static List<IssuedTicket> recorded(Path dataDir, LocalDate firstDay) {
        try (KioskDatabase database = KioskDatabase.openForReading(dataDir.resolve(KioskDatabase.FILE_NAME), 1)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone(), "K01");
            List<IssuedTicket> all = new ArrayList<>();
            days(firstDay).forEach(day -> all.addAll(ledger.list(day)));
            return all;
        }
    }

    /** @return how many numbers were skipped (a cut after the marks were written, before the commit) */
    private static int assertNoNumberTwice(List<IssuedTicket> recorded, long seed) {
        Map<String, List<Integer>> numbersByQueue = recorded.stream().collect(Collectors.groupingBy(
                t -> t.serviceCode() + "@" + t.serviceDay(),
                Collectors.mapping(IssuedTicket::number, Collectors.toList())));
        int gaps = 0;
        for (Map.Entry<String, List<Integer>> queue : numbersByQueue.entrySet()) {
            assertThat(queue.getValue()).as("numbers of %s (seed %d)", queue.getKey(), seed).doesNotHaveDuplicates();
            gaps += java.util.Collections.max(queue.getValue()) - queue.getValue().size();
        }
        return gaps;
    }

    /** The CSV of {@code tiepdon stats --by service} against the ledger: tickets, printed, not printed. */
    private static Map<String, long[]> assertStatsEqualTheLedger(Path dataDir, LocalDate firstDay,
                                                                 List<IssuedTicket> recorded, long seed) {
        CliRun stats = CliRun.of("stats", "--db", dataDir.toString(), "--from", firstDay.toString(),
                "--to", today().toString(), "--by", "service", "--format", "csv");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        List<String> lines = stats.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("service,tickets,printed,print_failed");
        Map<String, long[]> counted = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            counted.put(cells[0], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2]),
                    Long.parseLong(cells[3])});
        }
        Map<String, long[]> ledger = new TreeMap<>();
        for (IssuedTicket ticket : recorded) {
            long[] row = ledger.computeIfAbsent(ticket.serviceCode(), s -> new long[3]);
            row[0]++;
            row[ticket.printState() == PrintState.PRINTED ? 1 : 2]++;
        }
        assertThat(counted).as("stats by service equal the ledger (seed %d)", seed)
                .usingRecursiveComparison().isEqualTo(ledger);
        return counted;
    }

    /** @return how many whole tickets came out of the printer */
    private static int assertPrinterAgrees(List<IssuedTicket> recorded, List<DecodedTicket> printed, long seed) {
        Map<Long, IssuedTicket> byId = new HashMap<>();
        recorded.forEach(t -> byId.put(t.id(), t));
        Set<String> seenOnPaper = new HashSet<>();
        Set<Long> idsOnPaper = new HashSet<>();
        for (DecodedTicket paper : printed) {
            if (!paper.cutSeen()) {
                continue; // the plug was pulled mid-ticket: half a ticket, never handed out
            }
            Matcher staff = paper.textLines().stream().map(STAFF_LINE::matcher).filter(Matcher::matches)
                    .findFirst().orElseThrow(() -> new AssertionError("no staff line on " + paper.describe()));
            long id = Long.parseLong(staff.group(1));
            IssuedTicket row = byId.get(id);
            assertThat(row).as("ticket %s on paper is in the ledger (seed %d)", staff.group(0), seed).isNotNull();
            // The number is the ticket's first line, in the printer's large font.
            assertThat(row.display()).isEqualTo(paper.textLines().getFirst());
            assertThat(row.serviceCode()).isEqualTo(staff.group(2));
            assertThat(seenOnPaper.add(row.serviceCode() + "@" + row.serviceDay() + "/" + row.display()))
                    .as("%s printed only once (seed %d)", staff.group(0), seed).isTrue();
            idsOnPaper.add(id);
        }
        assertThat(recorded.stream().filter(t -> t.printState() == PrintState.PRINTED))
                .as("every number recorded as printed came out of the printer (seed %d)", seed)
                .allMatch(t -> idsOnPaper.contains(t.id()));
        return idsOnPaper.size();
    }

    private static LocalDate today() {
        return LocalDateTime.now().toLocalDate();
    }

    /** The test may run across midnight. */
    private static List<LocalDate> days(LocalDate firstDay) {
        LocalDate last = today();
        return firstDay.datesUntil(last.plusDays(1)).toList();
    }
}
