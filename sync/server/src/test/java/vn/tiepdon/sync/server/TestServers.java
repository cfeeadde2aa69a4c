package vn.tiepdon.sync.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.BatchJson;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.dhis2.Dhis2Mapping;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.people.Users;
import vn.tiepdon.sync.server.store.DatabaseLocation;

/**
 * Indicator servers for tests, here and in other modules (this class ships in the test jar): a server on an
 * ephemeral loopback port over a fresh SQLite file or a fresh PostgreSQL schema, with kiosks and people enrolled.
 *
 * <pre>
 * try (TestServers.Running server = TestServers.start(Backend.SQLITE, tempDir)) {
 *     String token = server.enrol("79001", "K01");
 *     HttpResponse&lt;String&gt; answer = server.postBatch(token, batch);   // or point a sync client at server.uri()
 * }
 * </pre>
 *
 * PostgreSQL comes from {@value #POSTGRES_ENV} ({@code .ci/postgres} starts one and prints it). Without it the
 * PostgreSQL variants are skipped, except on CI ({@code CI=true}), where they fail: CI must really run them.
 */
public final class TestServers {

    public static final String POSTGRES_ENV = "TIEPDON_TEST_POSTGRES";

    public enum Backend { SQLITE, POSTGRESQL }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServers() {
    }

    /** A new server over a new, empty database. */
    public static Running start(Backend backend, Path dir) {
        return start(freshDatabase(backend, dir), Optional.empty(), true);
    }

    /** A new server that also reports to DHIS2 with {@code mapping}. */
    public static Running start(Backend backend, Path dir, Dhis2Mapping mapping) {
        return start(freshDatabase(backend, dir), Optional.of(mapping), true);
    }

    /** Another server over an existing database (as a second instance on one PostgreSQL), on its own port. */
    public static Running startAnother(DatabaseLocation database) {
        return start(database, Optional.empty(), false);
    }

    private static Running start(DatabaseLocation database, Optional<Dhis2Mapping> dhis2, boolean ownsDatabase) {
        IndicatorServer server = IndicatorServer.start(
                new ServerConfig(database, new InetSocketAddress("127.0.0.1", 0), dhis2, Optional.empty()));
        return new Running(server, database, ownsDatabase);
    }

    /** An empty database: a SQLite file in {@code dir}, or a schema of its own in the test PostgreSQL. */
    public static DatabaseLocation freshDatabase(Backend backend, Path dir) {
        return DatabaseLocation.parse(freshDatabaseUrl(backend, dir));
    }

    /** {@link #freshDatabase} as the CLI's {@code --db} takes it: a file name or a {@code postgresql://} URL. */
    public static String freshDatabaseUrl(Backend backend, Path dir) {
        return switch (backend) {
            case SQLITE -> dir.resolve("indicators-" + UUID.randomUUID() + ".db").toString();
            case POSTGRESQL -> {
                String url = requirePostgres();
                String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                execute(DatabaseLocation.parse(url), "CREATE SCHEMA " + schema);
                yield url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            }
        };
    }

    /** Drops a PostgreSQL schema {@link #freshDatabase} made; nothing for a SQLite file (the temp folder goes). */
    public static void dropDatabase(DatabaseLocation database) {
        if (database.jdbcUrl().startsWith("jdbc:postgresql:") && database.jdbcUrl().contains("currentSchema=t_")) {
            String schema = database.jdbcUrl().replaceAll(".*currentSchema=", "");
            execute(DatabaseLocation.parse(requirePostgres()), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** The test PostgreSQL's URL; skips the test without one, fails it on CI. */
    public static String requirePostgres() {
        Optional<String> url = Optional.ofNullable(System.getenv(POSTGRES_ENV)).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(POSTGRES_ENV + " is not set on CI: .ci/run must start PostgreSQL (.ci/postgres)");
            }
            Assumptions.abort("no PostgreSQL: export " + POSTGRES_ENV + "=\"$(.ci/postgres)\" to run these");
        }
        return url.get();
    }

    private static void execute(DatabaseLocation location, String sql) {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + e.getMessage(), e);
        }
    }

    /** A running test server. Closing it stops it and drops a PostgreSQL schema it created. */
    public static final class Running implements AutoCloseable {
        private final IndicatorServer server;
        private final DatabaseLocation database;
        private final boolean ownsDatabase;

        private Running(IndicatorServer server, DatabaseLocation database, boolean ownsDatabase) {
            this.server = server;
            this.database = database;
            this.ownsDatabase = ownsDatabase;
        }

        public IndicatorServer server() {
            return server;
        }

        public int port() {
            return server.port();
        }

        /** {@code http://127.0.0.1:PORT}, to which the API's paths are appended. */
        public URI uri() {
            return URI.create("http://127.0.0.1:" + server.port());
        }

        public DatabaseLocation database() {
            return database;
        }

        /** Enrols a kiosk and returns its token. */
        public String enrol(String facility, String kiosk) {
            return new KioskRegistry(server.database()).enrol(facility, kiosk, false);
        }

        public void revoke(String kiosk) {
            new KioskRegistry(server.database()).revoke(kiosk);
        }

        public void addUser(String name, Role role, String password) {
            new Users(server.database()).add(name, role, password.toCharArray());
        }

        /** Posts a batch as JSON with a kiosk's token (null for none). */
        public HttpResponse<String> postBatch(String token, Batch batch) {
            return post(token, BatchJson.write(batch));
        }

        /**
         * Posts raw bytes to the batches path, with a kiosk's token (null for none). With {@code Expect:
         * 100-continue}, as a kiosk sends a large batch: a server that refuses it by its headers (its token, its
         * length) answers before the body is sent, instead of closing the connection under it.
         */
        public HttpResponse<String> post(String token, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(SyncProtocol.BATCHES_PATH))
                    .expectContinue(body.length > 64 * 1024)
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return send(request.build());
        }

        /** GETs a path (with its query) as a person (null user for no credential). */
        public HttpResponse<String> get(String pathAndQuery, String user, String password) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).GET();
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return send(request.build());
        }

        private static HttpResponse<String> send(HttpRequest request) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Everything the server holds of the kiosks' counts, one line per row in a fixed order: compare two of these
         * to show that a request changed nothing.
         */
        public List<String> heldRows() {
            return server.database().read(c -> {
                List<String> rows = new ArrayList<>();
                for (String sql : List.of(
                        "SELECT kiosk_id, day, cursor FROM kiosk_days ORDER BY kiosk_id, day",
                        "SELECT kiosk_id, facility, day, hour, kind, subject, flag, count, amount_dong, millis_sum"
                                + " FROM hour_totals ORDER BY kiosk_id, day, hour, kind, subject, flag",
                        "SELECT kiosk_id, facility, day, kind, seconds, count FROM second_counts"
                                + " ORDER BY kiosk_id, day, kind, seconds")) {
                    try (Statement statement = c.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            StringBuilder row = new StringBuilder(sql.substring(sql.indexOf("FROM") + 5,
                                    sql.indexOf(' ', sql.indexOf("FROM") + 5)));
                            for (int i = 1; i <= columns; i++) {
                                row.append('|').append(result.getString(i));
                            }
                            rows.add(row.toString());
                        }
                    }
                }
                return rows;
            });
        }

        @Override
        public void close() {
            server.close();
            if (ownsDatabase) {
                dropDatabase(database);
            }
        }
    }
}
