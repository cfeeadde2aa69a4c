package vn.tiepdon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiepdon.identity.IdentityQrReader;
import vn.tiepdon.identity.ScanEncoding;
import java.time.LocalDate;
import vn.tiepdon.identity.CitizenId;
import vn.tiepdon.identity.HealthInsuranceCard;
import vn.tiepdon.identity.IdentityDocument;
import vn.tiepdon.identity.IdMask;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.identity.ScanResult;
import vn.tiepdon.kiosk.Texts;

/** {@code tiepdon id parse}: what the kiosk would read from a scan, for IT and the reception desk. */
@Command(name = "id", description = "Đọc mã QR giấy tờ tùy thân / Read identity QR payloads.",
        mixinStandardHelpOptions = true, subcommands = IdCommand.Parse.class)
final class IdCommand {

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = {"In các trường của mã QR thẻ Căn cước, VNeID hoặc thẻ BHYT / VssID.",
                    "Print the fields of a citizen-ID (CCCD, thẻ Căn cước, VNeID) or health-insurance (BHYT, VssID) QR payload.",
                    "Exit 0: a valid ID document; 2: rejected (the reason is printed in Vietnamese and English)."})
    static final class Parse implements java.util.concurrent.Callable<Integer> {

        private static final Locale VI = Locale.forLanguageTag("vi");
        private static final Map<String, String> LABELS = Map.ofEntries(
                Map.entry("kind", "Loại giấy tờ / Document"),
                Map.entry("idNumber", "Số định danh / ID number"),
                Map.entry("oldIdNumber", "Số CMND cũ / Old ID number"),
                Map.entry("cardNumber", "Mã thẻ BHYT / Insurance card number"),
                Map.entry("fullName", "Họ và tên / Full name"),
                Map.entry("dateOfBirth", "Ngày sinh / Date of birth"),
                Map.entry("sex", "Giới tính / Sex"),
                Map.entry("address", "Địa chỉ / Address"),
                Map.entry("facilityCode", "Nơi ĐKKCB ban đầu / Primary-care facility"),
                Map.entry("validFrom", "Giá trị từ / Valid from"),
                Map.entry("validTo", "Giá trị đến / Valid to"),
                Map.entry("issueDate", "Ngày cấp / Issue date"),
                Map.entry("nameUnverified", "Tên cần kiểm tra / Name to be checked"));

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "In dạng JSON / Print JSON.")
        boolean json;

        @Option(names = "--encoding", defaultValue = "auto", paramLabel = "ENCODING",
                description = "auto (mặc định / default), utf-8, windows-1258.")
        String encoding;

        @Option(names = "--show-id", description = "In đầy đủ số định danh (mặc định bị che) / Print the full ID number (masked by default).")
        boolean showId;

        @Mixin
        PayloadArgument input;

        @Override
        public Integer call() throws IOException {
            ScanEncoding chosen = ScanEncoding.fromSetting(encoding)
                    .orElseThrow(() -> CliText.rejected("id.badEncoding", encoding));
            ScanResult result = new IdentityQrReader(Clock.systemDefaultZone(), chosen).read(input.bytes());
            PrintWriter out = spec.commandLine().getOut();
            return switch (result) {
                case ScanResult.Accepted accepted -> {
                    out.println(json ? Output.json(fields(accepted.document()))
                            : toText(accepted.document()));
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

        private String number(String number) {
            return showId || number.isEmpty() ? number : IdMask.mask(number);
        }

        /** The document's fields in the order IT reads them; numbers masked unless {@code --show-id}. */
        private Map<String, Object> fields(IdentityDocument document) {
            Map<String, Object> fields = new LinkedHashMap<>();
            switch (document) {
                case CitizenId id -> {
                    fields.put("kind", "CCCD");
                    fields.put("idNumber", number(id.idNumber()));
                    fields.put("oldIdNumber", number(id.oldIdNumber()));
                    common(fields, id);
                    fields.put("address", id.address());
                    fields.put("issueDate", id.issueDate().toString());
                }
                case HealthInsuranceCard card -> {
                    fields.put("kind", "BHYT");
                    fields.put("cardNumber", number(card.cardNumber()));
                    common(fields, card);
                    fields.put("address", card.address());
                    fields.put("facilityCode", card.facilityCode());
                    fields.put("validFrom", card.validFrom().toString());
                    fields.put("validTo", card.validTo().map(LocalDate::toString).orElse(null));
                    fields.put("issueDate", card.issueDate().toString());
                }
            }
            fields.put("nameUnverified", document.nameUnverified());
            return fields;
        }

        private static void common(Map<String, Object> fields, IdentityDocument document) {
            fields.put("fullName", document.fullName());
            fields.put("dateOfBirth", document.dateOfBirth().toString());
            fields.put("sex", document.sex().name().toLowerCase(Locale.ROOT));
        }

        private String toText(IdentityDocument document) {
            Texts vi = Texts.of(VI);
            return Output.table(fields(document), LABELS, (key, value) -> value == null || "".equals(value) ? "-"
                    : key.endsWith("Date") || key.startsWith("valid") || key.equals("dateOfBirth")
                    ? vi.date(LocalDate.parse(value.toString())) : value.toString());
        }

        private static String rejectionLine(RejectionReason reason) {
            return CliText.one(VI, "id.rejected", reason.name(), Texts.of(VI).rejection(reason)) + " / "
                    + CliText.one(Locale.ENGLISH, "id.rejected", reason.name(), Texts.of(Locale.ENGLISH).rejection(reason));
        }

        private static String rejectionJson(RejectionReason reason) throws JsonProcessingException {
            return Output.rejectionJson(reason.name(), null, Texts.of(VI).rejection(reason),
                    Texts.of(Locale.ENGLISH).rejection(reason));
        }
    }
}
