package vn.tiepdon.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.Service;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteTicketLedger;

class PrioritySeriesTest {

    private static final Service BHYT = new Service("KBHYT", "A", "Khám BHYT", "Health-insurance consultation");

    @TempDir
    Path dataDir;

    @Test
    void thePrioritySeriesIsAQueueOfItsOwnForTheSameService() {
        Service priority = PrioritySeries.of(BHYT);
        assertThat(priority.code()).isEqualTo("KBHYT-UT");
        assertThat(priority.prefix()).isEqualTo("UA");
        assertThat(priority.nameVi()).isEqualTo("Khám BHYT (ưu tiên)");
        assertThat(PrioritySeries.isPriority(priority.code())).isTrue();
        assertThat(PrioritySeries.isPriority(BHYT.code())).isFalse();

        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 7, 30);
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            SqliteTicketLedger ledger = new SqliteTicketLedger(database, 0, Clock.systemDefaultZone(), "K01");
            assertThat(ledger.issue(BHYT, morning).display()).isEqualTo("A001");
            assertThat(ledger.issue(BHYT, morning).display()).isEqualTo("A002");
            assertThat(ledger.issue(priority, morning).display()).isEqualTo("UA001");
            assertThat(ledger.issue(BHYT, morning).display()).isEqualTo("A003");
            assertThat(ledger.issue(priority, morning).display()).isEqualTo("UA002");
        }
    }
}
