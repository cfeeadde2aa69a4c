package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteSyncLedger;
import vn.tiepdon.store.SqliteSyncSnapshots;
import vn.tiepdon.sync.client.SyncClient;
import vn.tiepdon.sync.client.SyncOutcome;
import vn.tiepdon.sync.client.SyncSettings;

/** {@code tiepdon sync now}: one sync cycle in the foreground, for IT setting up or checking the indicator server. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Gửi số liệu về máy chủ chỉ số (ki-ốt tự gửi định kỳ; lệnh này gửi ngay).",
                "Send the counts to the indicator server (the kiosk sends them by itself; this sends now)."},
        subcommands = SyncCommand.Now.class)
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.REJECTED;
    }

    @Command(name = "now", mixinStandardHelpOptions = true,
            description = {"Gửi ngay những ngày chưa được máy chủ xác nhận, rồi in kết quả (được chạy khi ki-ốt đang chạy).",
                    "Send now the days the server has not acknowledged, and print what happened (safe while the kiosk runs).",
                    "Exit 0: the server acknowledged everything; 1: it could not be reached or refused; "
                            + "2: bad options or settings (no sync.url, http:// to another machine …)."})
    static final class Now implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SettingsOption settings = new SettingsOption();

        @Override
        public Integer call() {
            KioskSettings loaded = settings.loadOrReject();
            SyncSettings sync = loaded.sync().orElseThrow(() -> CliText.rejected("sync.notConfigured"));
            Path file = loaded.dataDir().resolve(KioskDatabase.FILE_NAME);
            if (!Files.isRegularFile(file)) {
                throw CliText.failed("sync.noDatabase", file.toAbsolutePath());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CliText.both("sync.sending", sync.server(), sync.kiosk(), sync.facility()));
            SyncOutcome outcome;
            try (KioskDatabase database = KioskDatabase.open(loaded.dataDir());
                 KioskDatabase reading = KioskDatabase.openForReading(file, SqliteSyncSnapshots.SCHEMA_VERSION);
                 SyncClient client = client(sync, reading, database)) {
                outcome = client.runOnce();
            }
            out.println(CliText.both("sync.sent", outcome.daysSent(), outcome.rowsSent(), outcome.cursor()));
            if (outcome.succeeded()) {
                out.println(outcome.bothLanguages());
                return ExitCodes.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(outcome.bothLanguages());
            if (!outcome.detail().isEmpty()) {
                err.println(CliText.both("sync.detail", outcome.detail()));
            }
            return ExitCodes.FAILED;
        }

        /** A CA file that is not PEM is a settings problem, told as such. */
        private static SyncClient client(SyncSettings sync, KioskDatabase reading, KioskDatabase database) {
            try {
                return new SyncClient(sync, new SqliteSyncSnapshots(reading), new SqliteSyncLedger(database));
            } catch (IllegalArgumentException e) {
                throw CliText.rejected("sync.badSettings", e.getMessage());
            }
        }
    }
}
