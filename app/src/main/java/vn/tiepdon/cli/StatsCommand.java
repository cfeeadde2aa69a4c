package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventTotals;

/**
 * {@code tiepdon stats}: the kiosk's indicators for a period, read from its database while it runs. For IT staff,
 * and for scripts that collect reports (CSV, JSON).
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Số liệu sử dụng kiosk (đọc được khi kiosk đang chạy).",
                "Kiosk usage statistics (safe to run while the kiosk is running).",
                "Exit 0: printed; 2: a bad option or date; 1: the database cannot be read."})
final class StatsCommand implements Callable<Integer> {

    enum Format { TABLE, CSV, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = {"Tệp tiepdon.db hoặc thư mục chứa nó; không có thì lấy data.dir trong tệp cấu hình.",
                    "The tiepdon.db file or its folder; without it, data.dir of the settings file."})
    Path db;

    @Mixin
    SettingsOption settings = new SettingsOption();

    @Option(names = "--from", paramLabel = "DATE", description = "Từ ngày (yyyy-MM-dd), mặc định hôm nay / From (default today).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Đến ngày (yyyy-MM-dd), mặc định bằng --from / To (default: --from).")
    String to;

    @Option(names = "--by", paramLabel = "day|hour|service|kind", defaultValue = "day",
            description = "Theo ngày, giờ, dịch vụ hoặc loại sự kiện / By day, hour, service or event kind. Default: ${DEFAULT-VALUE}.")
    String by;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Dạng in / Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() throws Exception {
        Breakdown breakdown = parse(() -> Breakdown.parse(by), "stats.badBy", by);
        Format output = parse(() -> Format.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT)),
                "stats.badFormat", format);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate first = from == null ? today : date(from);
        LocalDate last = to == null ? first : date(to);
        if (last.isBefore(first)) {
            throw CliText.rejected("stats.badRange", first, last);
        }
        StatsTable table;
        try (KioskDatabase database = KioskDatabase.openForReading(databaseFile(),
                SqliteEventTotals.SCHEMA_VERSION)) {
            table = new SqliteEventTotals(database).table(breakdown, first, last);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (output) {
            case TABLE -> StatsFormats.table(table);
            case CSV -> StatsFormats.csv(table);
            case JSON -> StatsFormats.json(table, first, last, breakdown);
        });
        out.flush();
        return ExitCodes.OK;
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

    private static <T> T parse(java.util.function.Supplier<T> parser, String key, String text) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw CliText.rejected(key, text);
        }
    }
}
