package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.IssuedTicket;

/** No number is ever handed out twice, whoever issues at the same moment. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SqliteTicketLedgerConcurrencyTest {

    @TempDir
    Path dataDir;

    @Test
    void fourThreadsIssuingAHundredEachGetFourHundredDistinctNumbers() throws Exception {
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, SqliteTicketLedgerTest.CLOCK, "K01");
            List<IssuedTicket> issued = issueConcurrently(List.of(ledger, ledger, ledger, ledger), 100);
            assertAllDistinctAndGapless(issued, 400);
            assertThat(ledger.list(SqliteTicketLedgerTest.MORNING.toLocalDate())).hasSize(400);
        }
    }

    @Test
    void twoConnectionsOnOneFileNeverIssueTheSameNumber() throws Exception {
        // Two KioskDatabase instances behave like two processes: separate connections, one file.
        try (KioskDatabase kiosk = KioskDatabase.open(dataDir);
             KioskDatabase receptionDesk = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger kioskLedger = new SqliteTicketLedger(kiosk, 0, SqliteTicketLedgerTest.CLOCK, "K01");
            SqliteTicketLedger deskLedger = new SqliteTicketLedger(receptionDesk, 0, SqliteTicketLedgerTest.CLOCK, "K01");
            List<IssuedTicket> issued = issueConcurrently(
                    List.of(kioskLedger, deskLedger, kioskLedger, deskLedger), 100);
            assertAllDistinctAndGapless(issued, 400);
        }
    }

    private static List<IssuedTicket> issueConcurrently(List<SqliteTicketLedger> ledgers, int each)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ledgers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<IssuedTicket>>> futures = new ArrayList<>();
            for (SqliteTicketLedger ledger : ledgers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<IssuedTicket> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(ledger.issue(SqliteTicketLedgerTest.BHYT, SqliteTicketLedgerTest.MORNING));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<IssuedTicket> all = new ArrayList<>();
            for (Future<List<IssuedTicket>> future : futures) {
                all.addAll(future.get(90, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAllDistinctAndGapless(List<IssuedTicket> issued, int expected) {
        Set<Integer> numbers = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (IssuedTicket ticket : issued) {
            numbers.add(ticket.number());
            ids.add(ticket.id());
        }
        assertThat(issued).hasSize(expected);
        assertThat(numbers).hasSize(expected);
        assertThat(ids).hasSize(expected);
        assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElse(0)).isEqualTo(expected);
    }
}
