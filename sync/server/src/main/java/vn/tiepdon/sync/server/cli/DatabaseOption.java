package vn.tiepdon.sync.server.cli;

import picocli.CommandLine.Option;
import vn.tiepdon.sync.server.store.DatabaseLocation;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** {@code --db FILE|postgresql://…}: the same option on every server command. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE|postgresql://USER:PASS@HOST:PORT/DB",
            defaultValue = DatabaseLocation.DEFAULT_FILE,
            description = "Tệp SQLite hoặc URL PostgreSQL / SQLite file or PostgreSQL URL. Default: ${DEFAULT-VALUE}.")
    String db;

    DatabaseLocation location() {
        try {
            return DatabaseLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw ServerText.rejected("error.badDb", e.getMessage());
        }
    }

    /** Opens (and migrates) the database; the caller closes it. */
    ServerDatabase open() {
        return ServerDatabase.open(location());
    }
}
