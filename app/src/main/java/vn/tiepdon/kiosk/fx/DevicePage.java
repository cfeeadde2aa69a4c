package vn.tiepdon.kiosk.fx;

import static vn.tiepdon.kiosk.fx.Controls.label;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.admin.DeviceHealth;
import vn.tiepdon.admin.SyncLine;
import vn.tiepdon.kiosk.FigureText;
import vn.tiepdon.kiosk.Texts;

/** The devices and the data's safety as IT checks them, and what needs their attention, in plain words. */
final class DevicePage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final VBox node = new VBox();

    DevicePage() {
        node.setId("adminDevices");
        node.getStyleClass().add("admin-devices");
    }

    Node node() {
        return node;
    }

    void show(DeviceHealth devices, Instant now, Texts texts) {
        GridPane lines = new GridPane();
        lines.getStyleClass().add("device-lines");
        line(lines, 0, "deviceScanner", texts.get("admin.device.scanner"), devices.scannerConnected()
                .map(up -> texts.get(up ? "admin.scanner.connected" : "admin.scanner.disconnected"))
                .orElse(texts.get("admin.scanner.unknown")));
        String printer = devices.printerReady()
                .map(ready -> ready ? texts.get(devices.paperNearEnd() ? "admin.device.paperNearEnd"
                        : "admin.device.printerReady")
                        : devices.printerProblem().isEmpty() ? texts.get("admin.device.printerNotReady")
                        : texts.get("admin.problem." + devices.printerProblem()))
                .orElse(texts.get("admin.device.printerUnknown"));
        line(lines, 1, "devicePrinter", texts.get("admin.device.printer"),
                devices.printerDetail().isBlank() ? printer : printer + " — " + devices.printerDetail());
        line(lines, 2, "deviceDisk", texts.get("admin.device.disk"), FigureText.gigabytes(devices.diskFreeBytes()));
        line(lines, 3, "deviceBackup", texts.get("admin.device.backup"),
                when(devices.lastBackup()).orElse(texts.get("admin.device.never")));
        line(lines, 4, "deviceSync", texts.get("admin.device.sync"), sync(devices.sync(), texts));
        line(lines, 5, "deviceWaiting", texts.get("admin.device.waiting"), FigureText.count(devices.eventsWaiting()));

        List<DeviceHealth.Warning> warnings = devices.warnings(now);
        VBox shown = new VBox();
        shown.setId("deviceWarnings");
        shown.getStyleClass().add("device-warnings");
        if (warnings.isEmpty()) {
            shown.getChildren().add(label(null, texts.get("admin.device.allWell"), "device-well"));
        }
        for (DeviceHealth.Warning warning : warnings) {
            shown.getChildren().add(label(null, "⚠ " + texts.get(FigureText.warningKey(warning)), "device-warning"));
        }
        node.getChildren().setAll(lines, shown);
    }

    private static void line(GridPane lines, int row, String id, String name, String value) {
        lines.add(label(null, name, "device-name"), 0, row);
        Label shown = label(id, value, "device-value");
        lines.add(shown, 1, row);
    }

    /** When it last succeeded, and why the last attempt did not; without a server, only that. */
    private static String sync(SyncLine sync, Texts texts) {
        String whyNot = sync.whyNot(texts.locale());
        Optional<String> success = when(sync.lastSuccess());
        if (success.isEmpty() && !whyNot.isEmpty()) {
            return whyNot;
        }
        String shown = success.orElse(texts.get("admin.device.never"));
        return whyNot.isEmpty() ? shown : shown + " — " + whyNot;
    }

    private static Optional<String> when(Optional<Instant> moment) {
        return moment.map(at -> WHEN.format(LocalDateTime.ofInstant(at, ZoneId.systemDefault())));
    }
}
