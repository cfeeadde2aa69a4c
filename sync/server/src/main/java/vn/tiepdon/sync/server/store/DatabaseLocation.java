package vn.tiepdon.sync.server.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the server keeps its data, as given on the command line: a SQLite file ({@code data/indicators.db}) or a
 * PostgreSQL URL ({@code postgresql://user:password@host:5432/db}).
 *
 * @param shown the location without its password: for logs and messages
 */
public record DatabaseLocation(Dialect dialect, String jdbcUrl, String user, String password, String shown) {

    public static final String DEFAULT_FILE = "data/indicators.db";

    public DatabaseLocation {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(shown, "shown");
    }

    /**
     * Reads {@code --db}: {@code postgresql://} or {@code postgres://} names a PostgreSQL database (its query, such as
     * {@code ?sslmode=require}, passes on to the driver); anything else is a SQLite file.
     *
     * @throws IllegalArgumentException for a PostgreSQL URL without a host or a database name
     */
    public static DatabaseLocation parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return postgresql(text);
        }
        return sqlite(Path.of(text));
    }

    public static DatabaseLocation sqlite(Path file) {
        Path absolute = file.toAbsolutePath();
        return new DatabaseLocation(Dialect.SQLITE, "jdbc:sqlite:" + absolute, null, null, absolute.toString());
    }

    private static DatabaseLocation postgresql(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user:password@host:5432/database)");
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new IllegalArgumentException("a PostgreSQL URL needs a host and a database: "
                    + "postgresql://user:password@host:5432/database");
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String where = uri.getHost() + ":" + port + "/" + database;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseLocation(Dialect.POSTGRESQL, "jdbc:postgresql://" + where + query, user, password,
                "postgresql://" + (user == null ? "" : user + "@") + where);
    }

    /** The SQLite file, for a location that is one. */
    public Path file() {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalStateException("not a SQLite location");
        }
        return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
    }

    @Override
    public String toString() {
        return shown;
    }
}
