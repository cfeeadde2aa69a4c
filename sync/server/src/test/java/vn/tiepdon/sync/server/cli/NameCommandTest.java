package vn.tiepdon.sync.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.sync.server.dashboard.Names;
import vn.tiepdon.sync.server.store.DatabaseLocation;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** {@code tiepdon server name}: the names the dashboard shows in place of codes. */
class NameCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return ServerMain.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), args);
    }

    private Map<String, String> names(Names.Kind kind, Locale language) {
        try (ServerDatabase db = ServerDatabase.open(DatabaseLocation.sqlite(dir.resolve("s.db")))) {
            return new Names(db).all(kind, language);
        }
    }

    @Test
    void aServiceGetsAVietnameseAndAnEnglishNameAndAFacilityOneName() {
        String db = dir.resolve("s.db").toString();
        StringWriter err = new StringWriter();

        assertThat(run(err, "name", "service", "KBHYT", "Khám bảo hiểm y tế", "Insurance consultation", "--db", db))
                .as(err.toString()).isZero();
        assertThat(run(err, "name", "facility", "79001", "Bệnh viện Quận 1", "--db", db)).isZero();
        assertThat(run(err, "name", "service", "KBHYT", "Khám BHYT", "Insurance consultation", "--db", db)).isZero();

        assertThat(names(Names.Kind.SERVICE, Locale.of("vi"))).containsExactly(Map.entry("KBHYT", "Khám BHYT"));
        assertThat(names(Names.Kind.SERVICE, Locale.ENGLISH))
                .containsExactly(Map.entry("KBHYT", "Insurance consultation"));
        // Without an English name, English readers see the Vietnamese one rather than a code.
        assertThat(names(Names.Kind.FACILITY, Locale.ENGLISH)).containsExactly(Map.entry("79001", "Bệnh viện Quận 1"));
    }

    @Test
    void aBadKindCodeOrNameIsRefusedWithExitTwo() {
        String db = dir.resolve("s.db").toString();
        StringWriter err = new StringWriter();

        assertThat(run(err, "name", "room", "KB", "Phòng khám", "--db", db)).isEqualTo(2);
        assertThat(run(err, "name", "service", "Khám bệnh", "Khám bệnh", "--db", db)).isEqualTo(2);
        assertThat(run(err, "name", "service", "KB", " ", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("service, facility").contains("A–Z").contains("200");
        assertThat(names(Names.Kind.SERVICE, Locale.ENGLISH)).isEmpty();
    }
}
