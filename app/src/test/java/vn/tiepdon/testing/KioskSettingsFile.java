package vn.tiepdon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kiosk's settings file as IT writes it: two free services, a printer over TCP, no scanner, no payments. */
public final class KioskSettingsFile {

    private KioskSettingsFile() {
    }

    public static Path write(Path file, Path dataDir, Path backupDir, int printerPort) throws IOException {
        Files.writeString(file, String.join("\n",
                "hospital.name=Bệnh viện Thử nghiệm",
                "kiosk.id=K01",
                "data.dir=" + dataDir.toAbsolutePath(),
                "backup.dir=" + backupDir.toAbsolutePath(),
                "printer.address=tcp:127.0.0.1:" + printerPort,
                "service.1.code=KBHYT", "service.1.prefix=A", "service.1.name.vi=Khám BHYT",
                "service.2.code=KDV", "service.2.prefix=B", "service.2.name.vi=Khám dịch vụ", ""),
                StandardCharsets.UTF_8);
        return file;
    }
}
