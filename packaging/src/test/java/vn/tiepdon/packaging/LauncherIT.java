package vn.tiepdon.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher script itself, run as a service manager runs it: no locale, or one the machine lacks. Runs after
 * {@code package} has laid out {@code target/tiepdon/lib}, on a copy of the script beside a fresh build stamp, so the
 * launcher runs that lib instead of building (Maven inside Maven) or touching the checkout's own stamp.
 */
class LauncherIT {

    /** A fake card, as in the app's samples. */
    private static final String BINH =
            "079305001234||Trần Thị Bình|02032005|Nữ|Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh|10052022";

    @TempDir
    Path checkout;

    private Path launcher;
    private Path lib;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Path packaging = Files.createDirectories(checkout.resolve("packaging"));
        launcher = Files.copy(Path.of("tiepdon.sh"), packaging.resolve("tiepdon.sh"));
        Files.copy(Path.of("find-jdk.sh"), packaging.resolve("find-jdk.sh"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path built = Files.createDirectories(packaging.resolve("target/tiepdon"));
        lib = Files.createSymbolicLink(built.resolve("lib"), Path.of("target/tiepdon/lib").toAbsolutePath());
        Files.createFile(built.resolve(".built"));
    }

    /** The link goes before JUnit cleans up, which would otherwise warn that it points outside. */
    @AfterEach
    void unlinkTheLib() throws IOException {
        Files.delete(lib);
    }

    /** Bare (systemd), a script's LC_ALL=C, and a Vietnamese locale named but never generated on this PC. */
    @ParameterizedTest
    @ValueSource(strings = {"", "LC_ALL=C", "LANG=vi_VN.UTF-8"})
    void aVietnameseNameInAnArgumentArrivesWhateverTheLocale(String locale) throws Exception {
        Run run = launch(locale.isEmpty() ? Map.of() : Map.of(locale.split("=")[0], locale.split("=")[1]),
                null, "id", "parse", "--show-id", BINH);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Họ và tên / Full name:                      Trần Thị Bình")
                .contains("Địa chỉ / Address:                          Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh");
    }

    @Test
    void withoutAnyUtf8LocaleItStillRunsAndSaysHowToInstallOne() throws Exception {
        // A locale tool that knows only C and POSIX, as on a system whose locales were stripped.
        Path bin = Files.createDirectories(checkout.resolve("bin"));
        Path locale = Files.writeString(bin.resolve("locale"), """
                #!/bin/sh
                [ "$1" = -a ] && { printf 'C\\nPOSIX\\n'; exit 0; }
                echo ANSI_X3.4-1968
                """);
        Files.setPosixFilePermissions(locale, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = launch(Map.of("PATH", bin + ":/usr/bin:/bin"), BINH, "id", "parse", "--show-id", "-");

        assertThat(run.err()).contains("No UTF-8 locale is installed")
                .contains("sudo localedef -i en_US -f UTF-8 en_US.UTF-8");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Họ và tên / Full name:                      Trần Thị Bình");
    }

    /** {@code tiepdon server …} runs the indicator server's CLI, without JavaFX. */
    @Test
    void serverRunsTheIndicatorServersCommands() throws Exception {
        Path db = checkout.resolve("indicators.db");

        Run added = launch(Map.of(), null, "server", "kiosk", "add", "--facility", "79001", "--kiosk", "K01",
                "--db", db.toString());
        Run listed = launch(Map.of(), null, "server", "kiosk", "list", "--db", db.toString());

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Đã đăng ký kiosk K01").contains("Kiosk K01 enrolled");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("K01").contains("79001");
    }

    /**
     * JavaFX 26 will not load on a JDK older than 24: such a JDK in JAVA_HOME is passed over for one it runs on, and
     * when there is none the launcher names what it found and what to install.
     */
    @Test
    void aJdkTooOldForJavaFxIsPassedOverAndTheMessageSaysWhatToInstall() throws Exception {
        Path old = fakeJdk("21.0.5");
        String current = System.getProperty("java.home");

        Run passedOver = findJdk(old, "tiepdon_find_jdk");
        Run kept = findJdk(Path.of(current), "tiepdon_find_jdk");
        Run help = findJdk(old, "tiepdon_no_jdk_help");

        assertThat(passedOver.out().strip()).isNotEqualTo(old.toString());
        assertThat(kept.out().strip()).isEqualTo(current);
        assertThat(help.err()).contains("No JDK 24 or newer was found")
                .contains(old + " (21)")
                .contains("sudo apt-get install -y openjdk-25-jdk")
                .contains("temurin-25-jdk");
    }

    /** A directory that looks like a JDK of that version to find-jdk.sh: a release file, java and javac. */
    private Path fakeJdk(String version) throws IOException {
        Path home = Files.createDirectories(checkout.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("java", "javac")) {
            Path stub = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexit 1\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    /** One function of find-jdk.sh, sourced as the launcher sources it, with that JAVA_HOME. */
    private Run findJdk(Path javaHome, String function) throws Exception {
        Path findJdk = checkout.resolve("packaging/find-jdk.sh");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". \"$1\" && " + function, "bash", findJdk.toString());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("find-jdk.sh ended").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** The launcher in an environment holding only PATH, JAVA_HOME and {@code extra}; {@code stdin} piped in. */
    private Run launch(Map<String, String> extra, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(extra);
        Path out = checkout.resolve("out.txt");
        Path err = checkout.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
