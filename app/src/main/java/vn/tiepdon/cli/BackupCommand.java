package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.store.DatabaseBackup;
import vn.tiepdon.store.KioskDatabase;

/** {@code tiepdon backup}: a copy of the kiosk database now (safe while the kiosk runs), or the list of copies. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Sao lưu cơ sở dữ liệu ki-ốt ngay (được khi ki-ốt đang chạy), hoặc liệt kê các bản sao lưu.",
                "Back up the kiosk database now (safe while the kiosk runs), or list the copies.",
                "Exit 0: done; 1: the copy could not be made (named in the message)."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SettingsOption settings = new SettingsOption();

    @Option(names = "--list", description = "Chỉ liệt kê / Only list the copies.")
    boolean list;

    @Override
    public Integer call() {
        KioskSettings kiosk = settings.load();
        DatabaseBackup backup = new DatabaseBackup(kiosk.dataDir().resolve(KioskDatabase.FILE_NAME),
                kiosk.upkeep().backupDir(), kiosk.upkeep().backupKeep(), Clock.systemDefaultZone());
        PrintWriter out = spec.commandLine().getOut();
        if (!list) {
            DatabaseBackup.Made made = backup.backupNow();
            out.println(CliText.both("backup.done", made.file(), String.format(Locale.ROOT, "%.1f", made.bytes() / 1e6),
                    String.format(Locale.ROOT, "%.1f", made.took().toMillis() / 1000.0)));
        }
        for (DatabaseBackup.Copy copy : backup.copies()) {
            out.println(copy.takenAt() + "  " + copy.file());
        }
        return ExitCodes.OK;
    }
}
