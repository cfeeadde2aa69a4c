package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.IssuedTicket;

/**
 * Separate processes lock the file through the operating system, not through SQLite's
 * in-process bookkeeping: this is the kiosk and the reception desk's CLI for real.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SqliteTicketLedgerAcrossProcessesTest {

    @TempDir
    Path dataDir;

    @Test
    void numbersStayUniqueWhenTwoOtherProcessesIssueAtTheSameTime() throws Exception {
        KioskDatabase.open(dataDir).close(); // create the schema once, before the race
        List<Issuer> others = new ArrayList<>();
        try {
            others.add(startIssuer(150));
            others.add(startIssuer(150));
            race(others);
        } finally {
            others.forEach(other -> other.process().destroyForcibly());
        }
    }

    private void race(List<Issuer> others) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, SqliteTicketLedgerTest.CLOCK, "K01");
            for (Issuer other : others) {
                other.go();
            }
            for (int i = 0; i < 150; i++) {
                IssuedTicket ticket = ledger.issue(SqliteTicketLedgerTest.BHYT, SqliteTicketLedgerTest.MORNING);
                numbers.add(ticket.number());
            }
            for (Issuer other : others) {
                numbers.addAll(other.numbers());
            }
            assertThat(ledger.list(SqliteTicketLedgerTest.MORNING.toLocalDate())).hasSize(450);
        }
        Set<Integer> distinct = new HashSet<>(numbers);
        assertThat(numbers).hasSize(450);
        assertThat(distinct).hasSize(450);
        assertThat(distinct).allMatch(n -> n >= 1 && n <= 450);
    }

    /** Starts an issuing JVM and waits until it has opened the database and is ready to race. */
    private Issuer startIssuer(int count) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LedgerIssuingProcess.class.getName(), dataDir.toString(),
                SqliteTicketLedgerTest.BHYT.code(), SqliteTicketLedgerTest.BHYT.prefix(), String.valueOf(count),
                SqliteTicketLedgerTest.MORNING.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("ready");
        return new Issuer(process, output);
    }

    private record Issuer(Process process, BufferedReader output) {

        void go() throws IOException {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        List<Integer> numbers() throws Exception {
            List<Integer> numbers = output.lines().map(Integer::parseInt).toList();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("issuing process exit code").isZero();
            return numbers;
        }
    }
}
