package vn.tiepdon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.registration.PrioritySeries;
import vn.tiepdon.indicators.Breakdown;
import vn.tiepdon.indicators.IndicatorSheets;
import vn.tiepdon.indicators.ReportLabels;
import vn.tiepdon.indicators.StatsTable;
import vn.tiepdon.indicators.io.ReportHeading;
import vn.tiepdon.indicators.io.XlsxReport;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventTotals;

/**
 * {@code tiepdon stats}: the kiosk's indicators for a period, read from its database while it runs. For IT staff,
 * and for scripts that collect reports (CSV, JSON); {@code stats export} writes the report sent upward.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Số liệu sử dụng kiosk (đọc được khi kiosk đang chạy).",
                "Kiosk usage statistics (safe to run while the kiosk is running).",
                "Exit 0: printed; 2: a bad option or date; 1: the database cannot be read."},
        subcommands = StatsCommand.Export.class)
final class StatsCommand implements Callable<Integer> {

    enum Format { TABLE, CSV, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    StatsPeriod period = new StatsPeriod();

    /** Shown for the facility of a kiosk that has no {@code sync.facility}. */
    static final String NO_FACILITY = "-";

    @Option(names = "--by", paramLabel = "day|week|month|hour|service|kind|kiosk|facility", defaultValue = "day",
            description = "Theo ngày, tuần, tháng, giờ, dịch vụ, loại sự kiện, ki-ốt hoặc cơ sở / By day, week, month,"
                    + " hour, service, event kind, kiosk or facility. Default: ${DEFAULT-VALUE}.")
    String by;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Dạng in / Output format. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Ngôn ngữ tiêu đề của bảng / Language of the table's titles. Default: ${DEFAULT-VALUE}.")
    String language;

    @Override
    public Integer call() throws Exception {
        if (!language.equals("vi") && !language.equals("en")) {
            throw CliText.rejected("stats.badLang", language);
        }
        Locale locale = Locale.forLanguageTag(language);
        Breakdown breakdown = parse(() -> Breakdown.parse(by), "stats.badBy", by);
        Format output = parse(() -> Format.valueOf(format.strip().toUpperCase(Locale.ROOT)), "stats.badFormat", format);
        LocalDate first = period.first();
        LocalDate last = period.last();
        StatsTable table;
        Optional<KioskSettings> settings = period.settingsIfNamed();
        try (KioskDatabase database = period.open()) {
            SqliteEventTotals totals = new SqliteEventTotals(database);
            table = totals.table(breakdown, first, last, String.join("+", kiosks(settings, totals, first, last)),
                    settings.flatMap(KioskSettings::facility).orElse(NO_FACILITY));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (output) {
            case TABLE -> StatsFormats.table(table, new ReportLabels(locale), serviceNames(settings, locale));
            case CSV -> StatsFormats.csv(table);
            case JSON -> StatsFormats.json(table, first, last, breakdown);
        });
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The configured services' names, and their priority series' ("Khám BHYT (ưu tiên)" for KBHYT-UT), which count
     * tickets under codes of their own; with only a database file, none (codes are shown).
     */
    private static Map<String, String> serviceNames(Optional<KioskSettings> settings, Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        settings.ifPresent(s -> PrioritySeries.byCode(s.services())
                .forEach((code, service) -> names.put(code, service.name(locale))));
        return names;
    }

    /** The settings' kiosk id; with only a database file, the kiosks its events name. */
    private static List<String> kiosks(Optional<KioskSettings> settings, SqliteEventTotals totals, LocalDate first,
                                       LocalDate last) {
        if (settings.isPresent()) {
            return List.of(settings.get().kioskId());
        }
        List<String> named = totals.kiosks(first, last);
        return named.isEmpty() ? List.of(KioskSettings.DEFAULT_KIOSK_ID) : named;
    }

    private static <T> T parse(Supplier<T> parser, String key, String text) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw CliText.rejected(key, text);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Ghi báo cáo gửi lên: .xlsx (mỗi chỉ số một trang) hoặc .csv (mỗi ngày một dòng).",
                    "Write the report sent upward: .xlsx (a sheet per indicator) or .csv (a row per day).",
                    "Tên bệnh viện và tên dịch vụ của .xlsx lấy từ tệp cấu hình; chỉ có --db thì để trống để ghi tay.",
                    "The .xlsx names the hospital and services from the settings; with only --db, left to write by"
                            + " hand.",
                    "Exit 0: written; 2: a bad option, date or file type; 1: the database or the file failed."})
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StatsPeriod period = new StatsPeriod();

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv",
                description = "Tệp báo cáo / Report file.")
        Path out;

        @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
                description = "Ngôn ngữ nhãn trong .xlsx / Label language of the .xlsx. Default: ${DEFAULT-VALUE}.")
        String language;

        @Override
        public Integer call() throws Exception {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean xlsx = name.endsWith(".xlsx");
            if (!xlsx && !name.endsWith(".csv")) {
                throw CliText.rejected("stats.badOut", out);
            }
            if (!language.equals("vi") && !language.equals("en")) {
                throw CliText.rejected("stats.badLang", language);
            }
            LocalDate first = period.first();
            LocalDate last = period.last();
            Optional<KioskSettings> settings = period.settingsIfNamed();
            byte[] report;
            try (KioskDatabase database = period.open()) {
                SqliteEventTotals totals = new SqliteEventTotals(database);
                if (xlsx) {
                    Locale locale = Locale.forLanguageTag(language);
                    var sheets = IndicatorSheets.of(totals.totals(first, last), totals.durations(first, last),
                            first, last);
                    // The hospital reports; with only a database file it is not known, and is written by hand.
                    var heading = new ReportHeading(settings.map(s -> new ReportHeading.Unit(s.hospitalName(),
                            s.facility().orElse(""))).stream().toList(), kiosks(settings, totals, first, last),
                            first, last, LocalDate.now(ZoneId.systemDefault()), serviceNames(settings, locale));
                    var bytes = new java.io.ByteArrayOutputStream();
                    XlsxReport.write(sheets, heading, new ReportLabels(locale), bytes);
                    report = bytes.toByteArray();
                } else {
                    report = StatsFormats.csv(totals.table(Breakdown.DAY, first, last))
                            .getBytes(StandardCharsets.UTF_8);
                }
            }
            write(report);
            spec.commandLine().getOut().println(CliText.both("stats.exported", out.toAbsolutePath(), first, last));
            return ExitCodes.OK;
        }

        /** Through a temporary file beside it: a full disk leaves the previous report, never half a new one. */
        private void write(byte[] report) {
            Path target = out.toAbsolutePath();
            Path temporary = target.resolveSibling(target.getFileName() + ".part");
            try {
                try (OutputStream file = Files.newOutputStream(temporary)) {
                    file.write(report);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The message below is what matters; a leftover .part file is harmless.
                }
                throw CliText.failed("stats.exportFailed", target, e.getMessage());
            }
        }
    }
}
