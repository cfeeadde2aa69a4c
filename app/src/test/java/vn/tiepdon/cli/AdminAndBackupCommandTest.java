package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.admin.AdminPin;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.store.DatabaseBackup;
import vn.tiepdon.store.KioskDatabase;

class AdminAndBackupCommandTest {

    @TempDir
    Path tmp;

    private static CliRun run(String stdin, String... args) {
        return CliRun.withInput(stdin, args);
    }

    @Test
    void adminPinPrintsTheSettingsLineAndNeverThePin() {
        CliRun run = run("482915\n482915\n", "admin", "pin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String line = run.out().strip();
        assertThat(line).startsWith("admin.pinHash=pbkdf2-sha256$").doesNotContain("482915");
        assertThat(AdminPin.parse(line.substring("admin.pinHash=".length())).matches("482915")).isTrue();
        assertThat(run.err()).contains("tệp cấu hình").contains("settings file");
    }

    @Test
    void aShortOrMistypedPinIsRefused() {
        CliRun shortPin = run("12\n12\n", "admin", "pin");
        CliRun mismatch = run("482915\n482916\n", "admin", "pin");

        assertThat(shortPin.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(mismatch.err().strip().lines()).hasSize(1);
        assertThat(mismatch.out()).isEmpty();
    }

    @Test
    void backupCopiesTheKioskDatabaseIntoTheConfiguredFolder() throws Exception {
        Path data = tmp.resolve("data");
        try (KioskDatabase database = KioskDatabase.open(data)) {
            database.file();
        }
        Properties settings = SettingsLoader.toProperties(SettingsLoader.demo(data, "stdin", "tcp:127.0.0.1:9"));
        settings.setProperty("backup.dir", tmp.resolve("usb").toString());
        Path file = tmp.resolve("tiepdon.properties");
        try (var writer = Files.newBufferedWriter(file)) {
            settings.store(writer, null);
        }

        CliRun run = run("", "backup", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Đã sao lưu").contains(tmp.resolve("usb").toString());
        assertThat(Files.list(tmp.resolve("usb"))).singleElement()
                .satisfies(copy -> assertThat(DatabaseBackup.intact(copy)).isTrue());
    }
}
