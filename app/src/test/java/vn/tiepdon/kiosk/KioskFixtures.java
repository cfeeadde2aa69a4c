package vn.tiepdon.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.queue.Service;

/** The services and settings the kiosk tests share. */
public final class KioskFixtures {

    public static final Service KHAM_BHYT = new Service("KBHYT", "A", "Khám BHYT", "Health insurance visit", 0,
            "Phòng khám 101–104, tầng 1", "Rooms 101–104, ground floor", "insurance-card");
    public static final Service KHAM_DICH_VU = new Service("KDV", "B", "Khám dịch vụ", "Private visit", 0,
            "Phòng khám 201, tầng 2", "Room 201, first floor", "stethoscope");
    public static final Service XET_NGHIEM = new Service("XN", "C", "Xét nghiệm", "Laboratory tests", 0,
            "Phòng lấy mẫu, tầng 1", "Sample room, ground floor", "test-tube");
    public static final List<Service> SERVICES = List.of(KHAM_BHYT, KHAM_DICH_VU, XET_NGHIEM);
    public static final Duration IDLE = Duration.ofSeconds(30);
    public static final Duration DONE_DISPLAY = Duration.ofSeconds(10);

    private KioskFixtures() {
    }

    public static FlowSettings flowSettings() {
        return new FlowSettings(SERVICES, FlowSettings.VIETNAMESE, IDLE, DONE_DISPLAY);
    }

    public static KioskSettings kioskSettings() {
        return new KioskSettings("Bệnh viện Đa khoa Tỉnh Mẫu", SERVICES, "/dev/ttyACM0", 9600, "CR", 50,
                "tcp:127.0.0.1:9100", 576, IDLE, 0, Path.of("data"), FlowSettings.VIETNAMESE);
    }

    public static Locale english() {
        return Locale.ENGLISH;
    }
}
