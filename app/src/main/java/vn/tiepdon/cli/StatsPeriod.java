package vn.tiepdon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventTotals;

/** Which kiosk database and which days a statistics command reads: shared by {@code stats} and {@code stats export}. */
final class StatsPeriod {

    @Option(names = "--db", paramLabel = "FILE",
            description = {"Tệp tiepdon.db hoặc thư mục chứa nó; không có thì lấy data.dir trong tệp cấu hình.",
                    "The tiepdon.db file or its folder; without it, data.dir of the settings file."})
    Path db;

    @Mixin
    SettingsOption settings = new SettingsOption();

    @Option(names = "--from", paramLabel = "DATE",
            description = "Từ ngày (yyyy-MM-dd), mặc định hôm nay / From (default today).")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Đến ngày (yyyy-MM-dd), mặc định bằng --from / To (default: --from).")
    String to;

    LocalDate first() {
        return from == null ? LocalDate.now(ZoneId.systemDefault()) : date(from);
    }

    /** Checked against {@link #first()}: a period that ends before it starts is rejected. */
    LocalDate last() {
        LocalDate first = first();
        LocalDate last = to == null ? first : date(to);
        if (last.isBefore(first)) {
            throw CliText.rejected("stats.badRange", first, last);
        }
        return last;
    }

    /** The settings, unless only a database file was named (then the file may be from another machine). */
    java.util.Optional<vn.tiepdon.config.KioskSettings> settingsIfNamed() {
        return db != null && settings.file == null ? java.util.Optional.empty()
                : java.util.Optional.of(settings.load());
    }

    /** Read-only, beside a running kiosk. */
    KioskDatabase open() {
        return KioskDatabase.openForReading(databaseFile(), SqliteEventTotals.SCHEMA_VERSION);
    }

    private Path databaseFile() {
        if (db != null) {
            return Files.isDirectory(db) ? db.resolve(KioskDatabase.FILE_NAME) : db;
        }
        return settings.load().dataDir().resolve(KioskDatabase.FILE_NAME);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CliText.rejected("stats.badDate", text);
        }
    }
}
