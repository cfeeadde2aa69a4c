package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.testing.MovableClock;

class SetAsideFilesTest {

    @TempDir
    Path dataDir;

    /** 10:00 on 25 November; the clock's zone is UTC, so the names below are in UTC too. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void damagedFilesAreDeletedOnceSetAsideLongerAgoThanTheRetention() throws IOException {
        create("tiepdon.db", "tiepdon.db-wal",
                "tiepdon.db.damaged-20261124-093000", "tiepdon.db.damaged-20261124-093000-wal",
                "tiepdon.db.damaged-20261124-093000-shm",
                "tiepdon.db.damaged-20261124-103000", "tiepdon.db.damaged-20261124-103000-wal",
                "tiepdon.db.damaged-by-hand", "notes.txt");
        SetAsideFiles setAside = new SetAsideFiles(dataDir, Duration.ofDays(1), clock);

        assertThat(setAside.deleteExpired()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "tiepdon.db.damaged-20261124-093000", "tiepdon.db.damaged-20261124-093000-wal",
                "tiepdon.db.damaged-20261124-093000-shm");
        assertThat(names()).containsExactly("notes.txt", "tiepdon.db", "tiepdon.db-wal",
                "tiepdon.db.damaged-20261124-103000", "tiepdon.db.damaged-20261124-103000-wal",
                "tiepdon.db.damaged-by-hand");

        clock.advance(Duration.ofMinutes(30));
        assertThat(setAside.deleteExpired()).as("exactly a day old: not older than the retention").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        setAside.deleteExpired();
        assertThat(names()).containsExactly("notes.txt", "tiepdon.db", "tiepdon.db-wal", "tiepdon.db.damaged-by-hand");
    }

    @Test
    void theRetentionIsTheOneGiven() throws IOException {
        create("tiepdon.db.damaged-20261122-110000", "tiepdon.db.damaged-20261122-090000");

        new SetAsideFiles(dataDir, Duration.ofDays(3), clock).deleteExpired();

        assertThat(names()).containsExactly("tiepdon.db.damaged-20261122-110000");
    }

    @Test
    void aMissingDataFolderHasNothingToDelete() {
        assertThat(new SetAsideFiles(dataDir.resolve("not-yet"), Duration.ofDays(1), clock).deleteExpired()).isEmpty();
    }

    private void create(String... names) throws IOException {
        for (String name : names) {
            Files.writeString(dataDir.resolve(name), "x");
        }
    }

    private List<String> names() throws IOException {
        try (var listing = Files.list(dataDir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
