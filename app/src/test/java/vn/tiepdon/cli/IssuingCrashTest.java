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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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
import vn.tiepdon.store.SqliteTicketLedger;

/**
 * The power is cut at random moments while a kiosk issues and prints: a separate JVM killed with
 * SIGKILL, again and again, then started again. Afterwards the database and the printer emulator's
 * output must agree that no number was issued twice, no number was skipped, and every number
 * issued is either printed or marked not printed.
 */
class IssuingCrashTest {

    private static final int MIN_ISSUES = 200;
    private static final int MIN_KILLS = 25;
    private static final Pattern STAFF_LINE = Pattern.compile("(\\w+) ([A-Z]+\\d{3,}) #(\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void killedAtRandomMomentsNoNumberIsIssuedTwiceOrLost() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        LocalDate firstDay;
        int kills = 0;
        try (PrinterEmulator printer = new PrinterEmulator().start()) {
            firstDay = today();
            while (issuedSoFar(firstDay) < MIN_ISSUES || kills < MIN_KILLS) {
                runAndKill(printer.port(), random);
                kills++;
                assertThat(kills).as("kills needed to reach %d issues (seed %d)", MIN_ISSUES, seed).isLessThan(400);
            }
            // The kiosk starts again after the last cut: leftovers become NOT_PRINTED.
            List<IssuedTicket> recorded = recordedAfterRestart(firstDay);
            List<DecodedTicket> printed = printer.tickets();

            assertThat(recorded).as("issued (seed %d)", seed).hasSizeGreaterThanOrEqualTo(MIN_ISSUES);
            assertNoNumberTwiceAndNoneSkipped(recorded);
            assertThat(recorded).as("every number is printed or marked not printed")
                    .allMatch(t -> t.printState() == PrintState.PRINTED || t.printState() == PrintState.NOT_PRINTED);
            assertPrinterAgrees(recorded, printed, seed);
        }
    }

    /** Starts the issuing JVM, lets it run for a random while, and pulls the plug (SIGKILL). */
    private void runAndKill(int printerPort, Random random) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                IssuingProcess.class.getName(), dataDir.toString(), String.valueOf(printerPort))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            if (random.nextInt(10) == 0) {
                // Sometimes while it starts up and recovers.
                Thread.sleep(random.nextInt(600));
            } else {
                CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readLine(output));
                assertThat(ready.get(60, TimeUnit.SECONDS)).isEqualTo("ready");
                Thread.sleep(random.nextInt(250));
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    private int issuedSoFar(LocalDate firstDay) {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone());
            return days(firstDay).stream().mapToInt(day -> ledger.list(day).size()).sum();
        }
    }

    private List<IssuedTicket> recordedAfterRestart(LocalDate firstDay) {
        try (KioskParts parts = KioskParts.open(SettingsLoader.demo(dataDir, KioskParts.STDIN_PORT,
                "tcp:127.0.0.1:1"), Clock.systemDefaultZone())) {
            List<IssuedTicket> all = new ArrayList<>();
            days(firstDay).forEach(day -> all.addAll(parts.ledger.list(day)));
            return all;
        }
    }

    private static void assertNoNumberTwiceAndNoneSkipped(List<IssuedTicket> recorded) {
        Map<String, List<Integer>> numbersByQueue = recorded.stream().collect(Collectors.groupingBy(
                t -> t.serviceCode() + "@" + t.serviceDay(),
                Collectors.mapping(IssuedTicket::number, Collectors.toList())));
        numbersByQueue.forEach((queue, numbers) -> {
            assertThat(numbers).as("numbers of %s", queue).doesNotHaveDuplicates();
            assertThat(new TreeSet<>(numbers)).as("numbers of %s run 1..n with no gap", queue)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                            .boxed().toList());
        });
    }

    private static void assertPrinterAgrees(List<IssuedTicket> recorded, List<DecodedTicket> printed, long seed) {
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
            long id = Long.parseLong(staff.group(3));
            IssuedTicket row = byId.get(id);
            assertThat(row).as("ticket %s on paper is in the ledger (seed %d)", staff.group(0), seed).isNotNull();
            assertThat(row.display()).isEqualTo(staff.group(2));
            assertThat(row.serviceCode()).isEqualTo(staff.group(1));
            assertThat(seenOnPaper.add(row.serviceCode() + "@" + row.serviceDay() + "/" + row.display()))
                    .as("%s printed only once (seed %d)", staff.group(0), seed).isTrue();
            idsOnPaper.add(id);
        }
        assertThat(recorded.stream().filter(t -> t.printState() == PrintState.PRINTED))
                .as("every number recorded as printed came out of the printer (seed %d)", seed)
                .allMatch(t -> idsOnPaper.contains(t.id()));
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
