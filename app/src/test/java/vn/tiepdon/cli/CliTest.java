package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.kiosk.Texts;
import vn.tiepdon.print.sim.DecodedTicket;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.EscPosDecoder;
import vn.tiepdon.print.sim.EscPosElement;
import vn.tiepdon.print.sim.PrinterEmulator;

/** The command line as IT and the reception desk use it: output, exit codes, one-line errors. */
class CliTest {

    private static final String VALID = "001090123456|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Số 12 Ngõ 34 Phố Láng Hạ, Hà Nội|20042021";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void idParseJsonPrintsTheFieldsWithTheIdMasked() throws IOException {
        CliRun run = run("id", "parse", "--json", VALID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("CCCD");
        assertThat(json.get("idNumber").asText()).isEqualTo("0010******56");
        assertThat(json.get("oldIdNumber").asText()).isEqualTo("1234***89");
        assertThat(json.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(json.get("dateOfBirth").asText()).isEqualTo("1990-08-15");
        assertThat(json.get("sex").asText()).isEqualTo("male");
        assertThat(json.get("address").asText()).isEqualTo("Số 12 Ngõ 34 Phố Láng Hạ, Hà Nội");
        assertThat(json.get("issueDate").asText()).isEqualTo("2021-04-20");
    }

    @Test
    void idParseReadsAHealthInsuranceCard() throws IOException {
        String card = "0123456789|4e677579e1bb856e2056c4836e20416e|15/08/1990|1|-|01 - 001|01/01/2024|-|15/01/2024"
                + "|01010123456789|-|4| 01/01/2029|1a2b3c4d5e6f7081-2468|4|"
                + "42485848205468c3a06e68207068e1bb912048c3a0204ee1bb9969|$";

        CliRun run = run("id", "parse", "--json", card);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("BHYT");
        assertThat(json.get("cardNumber").asText()).isEqualTo("0123****89");
        assertThat(json.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(json.get("facilityCode").asText()).isEqualTo("01001");
        assertThat(json.get("validTo").isNull()).isTrue();
    }

    @Test
    void anExpiredHealthInsuranceCardIsRejectedWithItsOwnCode() throws IOException {
        String expired = "DN4010123456789|4e677579e1bb856e2056c4836e20416e|15/08/1990|1|-|01 - 001|01/01/2020"
                + "|31/12/2020|01/01/2020|0101234567|-|4|01/01/2025|a1b2c3d4e5f60718-1234|$";

        CliRun run = run("id", "parse", "--json", expired);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(JSON.readTree(run.out()).at("/rejection/code").asText()).isEqualTo("EXPIRED_CARD");
    }

    @Test
    void showIdPrintsTheFullNumber() throws IOException {
        JsonNode json = JSON.readTree(run("id", "parse", "--json", "--show-id", VALID).out());

        assertThat(json.get("idNumber").asText()).isEqualTo("001090123456");
        assertThat(json.get("oldIdNumber").asText()).isEqualTo("123456789");
    }

    @Test
    void idParseReadsStandardInput() {
        CliRun run = CliRun.withInput(VALID + "\r\n", "id", "parse", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Nguyễn Văn An").contains("0010******56").doesNotContain("001090123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://vneid.gov.vn/x", "00020101021238570010A00000072701270006970436",
            "001090123456|123456789|Nguyễn", "hello", "\u0001\u0002\u0003"})
    void anythingElseIsRejectedInOneLineInBothLanguages(String payload) {
        CliRun run = run("id", "parse", payload);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("Từ chối").contains("Rejected");
    }

    @Test
    void rejectionJsonHasTheCodeAndBothMessages() throws IOException {
        CliRun run = run("id", "parse", "--json", "https://example.com/qr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("REJECTED");
        assertThat(json.at("/rejection/code").asText()).isEqualTo("URL");
        assertThat(json.at("/rejection/message/vi").asText())
                .isEqualTo(Texts.of(Locale.forLanguageTag("vi")).rejection(RejectionReason.URL));
        assertThat(json.at("/rejection/message/en").asText())
                .isEqualTo(Texts.of(Locale.ENGLISH).rejection(RejectionReason.URL));
    }

    @Test
    void ticketIssuePrintsTheNextNumberThroughTheKioskPath() throws IOException {
        try (PrinterEmulator printer = new PrinterEmulator().start()) {
            Path settings = settings("tcp:127.0.0.1:" + printer.port());

            CliRun first = run("ticket", "issue", "--service", "KBHYT", "--config", settings.toString());
            CliRun second = run("ticket", "issue", "--service", "kbhyt", "--config", settings.toString());
            CliRun other = run("ticket", "issue", "--service", "XN", "--config", settings.toString());

            assertThat(List.of(first.exitCode(), second.exitCode(), other.exitCode())).containsOnly(ExitCodes.OK);
            assertThat(first.out().strip()).isEqualTo("A001");
            assertThat(second.out().strip()).isEqualTo("A002");
            assertThat(other.out().strip()).isEqualTo("C001");
            List<DecodedTicket> printed = printer.awaitTickets(3, java.time.Duration.ofSeconds(10));
            assertThat(printed).extracting(t -> t.textLines().contains("A002")).containsExactly(false, true, false);
            assertThat(printed.get(2).textLines()).as("a priced service is paid at the cashier")
                    .contains("Chua TT 90.000d");
            assertThat(printed.get(0).textLines()).noneMatch(line -> line.contains(" TT "));
        }
    }

    @Test
    void ticketIssueAtADeskWithoutAScanner() throws IOException {
        try (PrinterEmulator printer = new PrinterEmulator().start()) {
            Path desk = deskWithoutScanner("tcp:127.0.0.1:" + printer.port());

            CliRun run = run("ticket", "issue", "--service", "KBHYT", "--config", desk.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out().strip()).isEqualTo("A001");
            assertThat(printer.awaitTickets(1, java.time.Duration.ofSeconds(10)).getFirst().textLines())
                    .contains("A001");
        }
    }

    @Test
    void theKioskWithoutAScannerSaysWhichKeyToSet() throws IOException {
        CliRun run = run("kiosk", "--config", deskWithoutScanner("tcp:127.0.0.1:9").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("Ki-ốt cần máy quét").contains("The kiosk needs a scanner")
                .contains("scanner.port=/dev/ttyUSB0").contains("scanner.port=COM3").contains("scanner.port=stdin");
    }

    @Test
    void ticketIssueWithPaperOutKeepsTheNumberAndSaysSo() throws IOException {
        try (PrinterEmulator printer = new PrinterEmulator().start()) {
            printer.state(EmulatedState.PAPER_OUT);
            CliRun run = run("ticket", "issue", "--service", "KDV", "--config", settings("tcp:127.0.0.1:" + printer.port()).toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.out().strip()).isEqualTo("B001");
            assertThat(run.err()).contains("B001").contains("Máy in hết giấy");
        }
    }

    @Test
    void anUnknownServiceIsRejected() throws IOException {
        CliRun run = run("ticket", "issue", "--service", "NOPE", "--config", settings("tcp:127.0.0.1:9").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("NOPE").contains("KBHYT, KDV, XN");
    }

    @Test
    void aBrokenDataFolderIsOneLineNotAStackTrace() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("occupied"), "a file where the data folder should be");
        Properties p = SettingsLoader.toProperties(SettingsLoader.demo(notAFolder, "stdin", "tcp:127.0.0.1:9"));
        Path settings = write(p);

        CliRun run = run("ticket", "issue", "--service", "KBHYT", "--config", settings.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aMissingSettingsFileIsExplained() {
        CliRun run = run("ticket", "issue", "--service", "KBHYT", "--config", tmp.resolve("nope.properties").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("Tệp cấu hình").contains("settings file");
    }

    @Test
    void printTestWritesATicketThePrinterCanCut() throws IOException {
        Path device = tmp.resolve("lp0");

        CliRun run = run("print", "test", "--printer", "file:" + device);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<EscPosElement> elements = EscPosDecoder.decode(Files.readAllBytes(device));
        assertThat(elements).first().isInstanceOf(EscPosElement.Init.class);
        assertThat(elements).last().isInstanceOf(EscPosElement.Cut.class);
        assertThat(elements).filteredOn(EscPosElement.Raster.class::isInstance).isNotEmpty();
        assertThat(elements).filteredOn(EscPosElement.Text.class::isInstance)
                .extracting(e -> ((EscPosElement.Text) e).text()).contains("T000");
    }

    @Test
    void printTestExitCodesTellABadAddressFromAnUnreachablePrinter() {
        assertThat(run("print", "test", "--printer", "lpt1").exitCode()).isEqualTo(ExitCodes.REJECTED);
        CliRun unreachable = run("print", "test", "--printer", "tcp:127.0.0.1:9");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unreachable.err()).contains("UNREACHABLE");
    }

    @Test
    void aWrongOptionIsAUsageError() {
        CliRun run = run("ticket", "issue", "--servise", "KBHYT", "--service", "KBHYT");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("--servise").contains("--service");
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> command : List.of(List.of("demo"), List.of("kiosk"), List.of("id", "parse"),
                List.of("print", "test"), List.of("ticket", "issue"), List.of("devices"),
                List.of("sim", "printer"), List.of("sim", "scan"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).as(String.join(" ", command)).contains("Usage:");
        }
    }

    /** The commands as the README and IT know them. */
    private static final List<String> COMMAND_NAMES = List.of("demo", "kiosk", "cashier", "id", "print", "ticket",
            "devices", "sim", "vietqr", "stats", "sync", "backup", "admin", "voice", "help");

    @Test
    void theHelpListsEveryCommand() {
        CliRun run = run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        for (String name : COMMAND_NAMES) {
            assertThat(run.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    /** A command is read alone (start-up), but says the same as when read with all the others. */
    @Test
    void aCommandAloneHasTheSameHelpAsAmongAllOthers() {
        for (String name : COMMAND_NAMES.subList(0, COMMAND_NAMES.size() - 1)) {
            CliRun alone = run(name, "--help");
            CliRun amongAll = run("help", name);

            assertThat(alone.exitCode()).as(name).isEqualTo(ExitCodes.OK);
            assertThat(alone.out()).as(name).contains("Usage: tiepdon " + name).isEqualTo(amongAll.out());
        }
    }

    /** Reading every command's options cost the kiosk a third of a second at each start: only the one asked for. */
    @Test
    void onlyTheCommandAskedForIsRead() {
        assertThat(Main.commandsFor("kiosk", "--windowed")).containsExactly(KioskCommand.class);
        assertThat(Main.commandsFor("stats", "export")).containsExactly(StatsCommand.class);
        assertThat(Main.commandsFor("help", "kiosk")).hasSize(COMMAND_NAMES.size());
        assertThat(Main.commandsFor("kiosq")).hasSize(COMMAND_NAMES.size());
        assertThat(Main.commandsFor()).hasSize(COMMAND_NAMES.size());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = run("kiosq");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("kiosq").contains("kiosk");
    }

    private Path settings(String printerAddress) throws IOException {
        return write(SettingsLoader.toProperties(SettingsLoader.demo(tmp.resolve("data"), "stdin", printerAddress)));
    }

    /** A reception desk's settings as IT writes them: a printer, no scanner. */
    private Path deskWithoutScanner(String printerAddress) throws IOException {
        return Files.writeString(tmp.resolve("desk.properties"), """
                hospital.name=Bệnh viện Thử
                service.1.code=KBHYT
                service.1.prefix=A
                service.1.name.vi=Khám BHYT
                printer.address=%s
                data.dir=data
                """.formatted(printerAddress), StandardCharsets.UTF_8);
    }

    private Path write(Properties properties) throws IOException {
        Path file = tmp.resolve("tiepdon.properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, null);
        }
        return file;
    }
}
