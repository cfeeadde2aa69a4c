package vn.tiepdon.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import vn.tiepdon.queue.Service;

/**
 * Run in a separate JVM by {@link SqliteTicketLedgerAcrossProcessesTest}: issues tickets from
 * another process, as the reception desk's command line does while the kiosk runs.
 * Prints {@code ready}, waits for a line on standard input so that all issuers start together,
 * then prints each issued number on its own line.
 */
public final class LedgerIssuingProcess {

    private LedgerIssuingProcess() {
    }

    /** Arguments: data folder, service code, prefix, how many, issue moment (ISO local date-time). */
    public static void main(String[] args) throws IOException {
        try (KioskDatabase database = KioskDatabase.open(Path.of(args[0]))) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone(), "K01");
            Service service = new Service(args[1], args[2], args[1], args[1]);
            int count = Integer.parseInt(args[3]);
            LocalDateTime moment = LocalDateTime.parse(args[4]);
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            StringBuilder numbers = new StringBuilder();
            for (int i = 0; i < count; i++) {
                numbers.append(ledger.issue(service, moment).number()).append('\n');
            }
            System.out.print(numbers);
        }
    }
}
