package vn.tiepdon.sync.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void aPostgresqlUrlBecomesAJdbcUrlWithTheCredentialsApart() {
        DatabaseLocation location = DatabaseLocation.parse("postgresql://tiepdon:b%40d:pass@db.local:6543/chi_so?sslmode=require");

        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/chi_so?sslmode=require");
        assertThat(location.user()).isEqualTo("tiepdon");
        assertThat(location.password()).isEqualTo("b@d:pass");
        assertThat(location.toString()).isEqualTo("postgresql://tiepdon@db.local:6543/chi_so").doesNotContain("pass");
    }

    @Test
    void thePortDefaultsTo5432() {
        assertThat(DatabaseLocation.parse("postgres://u@h/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void aUrlWithoutADatabaseIsRefused() {
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://u:p@host:5432/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("u:p");
    }

    @Test
    void anythingElseIsASqliteFile() {
        DatabaseLocation location = DatabaseLocation.parse("data/indicators.db");

        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.file()).isEqualTo(Path.of("data/indicators.db").toAbsolutePath());
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data/indicators.db").toAbsolutePath());
    }
}
