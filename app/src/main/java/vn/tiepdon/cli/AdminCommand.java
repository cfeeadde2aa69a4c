package vn.tiepdon.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tiepdon.admin.AdminPin;

/** {@code tiepdon admin pin}: makes the line IT puts in the settings file to open the kiosk's admin screen. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Quản trị ki-ốt / Kiosk administration.",
        subcommands = AdminCommand.Pin.class)
final class AdminCommand {

    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = {"Tạo mã PIN màn hình quản trị (4–12 chữ số), in dòng admin.pinHash=… để dán vào tệp cấu hình.",
                    "Make the admin screen's PIN (4–12 digits); prints the admin.pinHash=… line for the settings file.",
                    "The PIN is typed twice (hidden in a terminal, or two lines on stdin). Exit 0: printed; 2: refused."})
    static final class Pin implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String first;
            String second;
            Console console = System.console();
            if (console != null) {
                first = new String(console.readPassword("%s ", CliText.both("admin.pinAsk")));
                second = new String(console.readPassword("%s ", CliText.both("admin.pinAgain")));
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                first = in.readLine();
                second = in.readLine();
            }
            if (first == null || !AdminPin.acceptable(first.strip())) {
                throw CliText.rejected("admin.pinBad");
            }
            if (second == null || !first.strip().equals(second.strip())) {
                throw CliText.rejected("admin.pinMismatch");
            }
            spec.commandLine().getOut().println(
                    vn.tiepdon.config.SettingsLoader.ADMIN_PIN_HASH + "=" + AdminPin.create(first.strip()).stored());
            spec.commandLine().getErr().println(CliText.both("admin.pinHint"));
            return ExitCodes.OK;
        }
    }
}
