package vn.tiepdon.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.queue.Service;
import vn.tiepdon.station.ReceptionDesk;
import vn.tiepdon.ticket.IssueOutcome;

/** {@code tiepdon ticket issue}: a ticket for a patient who cannot use the kiosk, through the kiosk's own path. */
@Command(name = "ticket", description = "Phiếu số thứ tự / Queue tickets.", mixinStandardHelpOptions = true,
        subcommands = TicketCommand.Issue.class)
final class TicketCommand {

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Cấp và in một số thứ tự; in ra số đã cấp / Issue and print one ticket; prints its number.",
                    "Exit 0: printed; 1: the number is recorded but did not print (reprint it from the kiosk);",
                    "2: unknown service."})
    static final class Issue implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SettingsOption settingsOption;

        @Option(names = {"-s", "--service"}, required = true, paramLabel = "CODE",
                description = "Mã dịch vụ, ví dụ KBHYT / Service code, e.g. KBHYT.")
        String serviceCode;

        @Override
        public Integer call() {
            KioskSettings settings = settingsOption.load();
            Service service = settings.services().stream().filter(s -> s.code().equalsIgnoreCase(serviceCode))
                    .findFirst().orElseThrow(() -> CliText.rejected("ticket.unknownService", serviceCode,
                            settings.services().stream().map(Service::code).collect(Collectors.joining(", "))));
            try (ReceptionDesk desk = ReceptionDesk.open(settings, Clock.systemDefaultZone())) {
                IssueOutcome outcome = desk.issue(service);
                spec.commandLine().getOut().println(outcome.ticket().display());
                if (outcome.printed()) {
                    return ExitCodes.OK;
                }
                String number = outcome.ticket().display();
                spec.commandLine().getErr().println(
                        Texts.of(Locale.forLanguageTag("vi")).printProblem(outcome.problem(), number) + " / "
                                + Texts.of(Locale.ENGLISH).printProblem(outcome.problem(), number));
                return ExitCodes.FAILED;
            }
        }
    }
}
