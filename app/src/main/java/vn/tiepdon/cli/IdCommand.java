package vn.tiepdon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiepdon.identity.CccdQrReader;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.IdMask;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.identity.ScanResult;
import vn.tiepdon.kiosk.Texts;

/** {@code tiepdon id parse}: what the kiosk would read from a scan, for IT and the reception desk. */
@Command(name = "id", description = "Đọc mã QR giấy tờ tùy thân / Read identity QR payloads.",
        mixinStandardHelpOptions = true, subcommands = IdCommand.Parse.class)
final class IdCommand {

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = {"In các trường của mã QR thẻ Căn cước (CCCD) / Print the fields of a CCCD QR payload.",
                    "Exit 0: a valid ID document; 2: rejected (the reason is printed in Vietnamese and English)."})
    static final class Parse implements java.util.concurrent.Callable<Integer> {

        /** Built on first use: picocli creates every command at start-up, and Jackson is slow to load. */
        private static final class Json {
            static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        private static final Locale VI = Locale.forLanguageTag("vi");

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "In dạng JSON / Print JSON.")
        boolean json;

        @Option(names = "--show-id", description = "In đầy đủ số định danh (mặc định bị che) / Print the full ID number (masked by default).")
        boolean showId;

        @Parameters(paramLabel = "PAYLOAD|-", description = "Nội dung mã QR, hoặc - để đọc từ đầu vào chuẩn / The QR text, or - to read standard input.")
        String payload;

        /** Where {@code -} reads from; tests replace it. */
        InputStream stdin = System.in;

        @Override
        public Integer call() throws IOException {
            ScanResult result = new CccdQrReader(Clock.systemDefaultZone()).read(bytes());
            PrintWriter out = spec.commandLine().getOut();
            return switch (result) {
                case ScanResult.Accepted accepted -> {
                    out.println(json ? toJson(accepted.citizenId()) : toText(accepted.citizenId()));
                    yield ExitCodes.OK;
                }
                case ScanResult.Rejected rejected -> {
                    if (json) {
                        out.println(rejectionJson(rejected.reason()));
                    }
                    spec.commandLine().getErr().println(rejectionLine(rejected.reason()));
                    yield ExitCodes.REJECTED;
                }
            };
        }

        private byte[] bytes() throws IOException {
            if (!"-".equals(payload)) {
                return payload.getBytes(StandardCharsets.UTF_8);
            }
            byte[] all = stdin.readAllBytes();
            if (all.length == 0) {
                throw CliText.rejected("id.stdinEmpty");
            }
            return all;
        }

        private String id(String number) {
            return showId || number.isEmpty() ? number : IdMask.mask(number);
        }

        private String toJson(CitizenId id) throws JsonProcessingException {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("kind", "CCCD");
            fields.put("idNumber", id(id.idNumber()));
            fields.put("oldIdNumber", id(id.oldIdNumber()));
            fields.put("fullName", id.fullName());
            fields.put("dateOfBirth", id.dateOfBirth().toString());
            fields.put("sex", id.sex().name().toLowerCase(Locale.ROOT));
            fields.put("address", id.address());
            fields.put("issueDate", id.issueDate().toString());
            return Json.MAPPER.writeValueAsString(fields);
        }

        private String toText(CitizenId id) {
            Texts vi = Texts.of(VI);
            return String.join(System.lineSeparator(),
                    "Số định danh / ID number:       " + id(id.idNumber()),
                    "Số CMND cũ / Old ID number:     " + (id.oldIdNumber().isEmpty() ? "-" : id(id.oldIdNumber())),
                    "Họ và tên / Full name:          " + id.fullName(),
                    "Ngày sinh / Date of birth:      " + vi.date(id.dateOfBirth()),
                    "Giới tính / Sex:                " + (id.sex() == vn.tiepdon.identity.Sex.MALE ? "Nam / male" : "Nữ / female"),
                    "Nơi cư trú / Address:           " + id.address(),
                    "Ngày cấp / Issue date:          " + vi.date(id.issueDate()));
        }

        private static String rejectionLine(RejectionReason reason) {
            return CliText.one(VI, "id.rejected", reason.name(), Texts.of(VI).rejection(reason)) + " / "
                    + CliText.one(Locale.ENGLISH, "id.rejected", reason.name(), Texts.of(Locale.ENGLISH).rejection(reason));
        }

        private static String rejectionJson(RejectionReason reason) throws JsonProcessingException {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("vi", Texts.of(VI).rejection(reason));
            message.put("en", Texts.of(Locale.ENGLISH).rejection(reason));
            Map<String, Object> rejection = new LinkedHashMap<>();
            rejection.put("code", reason.name());
            rejection.put("message", message);
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("kind", "REJECTED");
            root.put("rejection", rejection);
            return Json.MAPPER.writeValueAsString(root);
        }
    }
}
