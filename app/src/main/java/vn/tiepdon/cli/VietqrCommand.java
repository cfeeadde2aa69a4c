package vn.tiepdon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tiepdon.payment.Bank;
import vn.tiepdon.payment.BankDirectory;
import vn.tiepdon.payment.DataObject;
import vn.tiepdon.payment.DecodeResult;
import vn.tiepdon.payment.DecodeWarning;
import vn.tiepdon.payment.InvalidPaymentRequest;
import vn.tiepdon.payment.PaymentRequest;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.TipOrFee;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.payment.VietQrPayment;
import vn.tiepdon.payment.io.BankDirectoryFiles;
import vn.tiepdon.payment.io.QrImages;

/** {@code tiepdon vietqr}: make, read and check VietQR bank-transfer codes, for the cashier's IT and for testing. */
@Command(name = "vietqr", description = "Mã chuyển khoản VietQR (NAPAS 247) / VietQR bank-transfer codes.",
        mixinStandardHelpOptions = true,
        subcommands = {VietqrCommand.Encode.class, VietqrCommand.Decode.class, VietqrCommand.Banks.class})
final class VietqrCommand {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** One line, Vietnamese then English, when an argument itself must be translated. */
    private static String bilingual(String key, Function<Locale, Object[]> args) {
        return CliText.one(VI, key, args.apply(VI)) + " / " + CliText.one(Locale.ENGLISH, key, args.apply(Locale.ENGLISH));
    }

    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = {"In nội dung mã VietQR chuyển khoản; có số tiền thì là mã động (12), không thì mã tĩnh (11).",
                    "Print a VietQR transfer payload; with an amount it is dynamic (12), otherwise static (11).",
                    "Exit 0: printed; 2: a field is invalid (named in the message); 1: the PNG could not be written."})
    static final class Encode implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--bin", required = true, paramLabel = "BIN", description = "Mã BIN ngân hàng (6 số) / Bank BIN (6 digits).")
        String bin;

        @Option(names = "--account", required = true, paramLabel = "ACC", description = "Số tài khoản (hoặc số thẻ với --card) / Account number (card number with --card).")
        String account;

        @Option(names = "--card", description = "Chuyển vào số thẻ (QRIBFTTC) / Transfer to a card number (QRIBFTTC).")
        boolean card;

        @Option(names = "--amount", paramLabel = "VND", description = "Số tiền, đồng / Amount in dong.")
        Long amount;

        @Option(names = "--bill", paramLabel = "REF", description = "Số hóa đơn / Bill number.")
        String bill;

        @Option(names = "--purpose", paramLabel = "TEXT", description = "Nội dung chuyển khoản, tối đa 25 ký tự, bỏ dấu tự động / Transfer memo, at most 25 characters, accents removed.")
        String purpose;

        @Option(names = "--mcc", paramLabel = "CODE", description = "Mã ngành, ví dụ 8062 bệnh viện / Merchant category, e.g. 8062 hospitals.")
        String merchantCategory;

        @Option(names = "--png", paramLabel = "FILE", description = "Ghi thêm ảnh QR dạng PNG / Also write the QR as a PNG image.")
        Path png;

        @Option(names = "--size", paramLabel = "PIXELS", defaultValue = "1080", description = "Cỡ ảnh PNG tối đa (mặc định ${DEFAULT-VALUE}) / Largest PNG size (default ${DEFAULT-VALUE}).")
        int size;

        @Override
        public Integer call() {
            PaymentRequest request = PaymentRequest.toAccount(bin, account)
                    .withService(card ? ServiceCode.CARD : ServiceCode.ACCOUNT);
            if (amount != null) {
                request = request.withAmount(amount);
            }
            if (bill != null) {
                request = request.withBillNumber(bill);
            }
            if (purpose != null) {
                request = request.withPurpose(purpose);
            }
            if (merchantCategory != null) {
                request = request.withMerchantCategory(merchantCategory);
            }
            String payload;
            try {
                payload = VietQr.encode(request);
            } catch (InvalidPaymentRequest e) {
                throw new UserError(ExitCodes.REJECTED, bilingual("vietqr.invalid." + e.rule().name(), locale -> new Object[] {
                        CliText.one(locale, "vietqr.field." + e.field().name()), e.limit()}));
            }
            if (png != null) {
                try {
                    QrImages.writePng(payload, size, png);
                } catch (IOException e) {
                    throw CliText.failed("vietqr.pngFailed", png, e.getMessage());
                }
            }
            spec.commandLine().getOut().println(payload);
            return ExitCodes.OK;
        }
    }

    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = {"In các trường của một mã thanh toán VietQR / Print the fields of a VietQR payment code.",
                    "Exit 0: a VietQR transfer (warnings, if any, are listed); 2: rejected (the reason is printed in Vietnamese and English)."})
    static final class Decode implements Callable<Integer> {

        private static final Map<String, String> LABELS = Map.ofEntries(
                Map.entry("kind", "Loại mã / Kind"),
                Map.entry("initiation", "Tĩnh / động / Static or dynamic"),
                Map.entry("bin", "Mã BIN / Bank BIN"),
                Map.entry("bank", "Ngân hàng / Bank"),
                Map.entry("account", "Tài khoản / thẻ / Account or card"),
                Map.entry("service", "Dịch vụ / Service"),
                Map.entry("amount", "Số tiền (đồng) / Amount (dong)"),
                Map.entry("tipOrFee", "Tiền boa, phí / Tip or fee"),
                Map.entry("fee", "Phí (đồng) / Fee (dong)"),
                Map.entry("total", "Tổng người trả thấy (đồng) / Total the payer sees (dong)"),
                Map.entry("currency", "Tiền tệ / Currency"),
                Map.entry("country", "Quốc gia / Country"),
                Map.entry("merchantCategory", "Mã ngành / Merchant category"),
                Map.entry("merchantName", "Tên đơn vị / Merchant name"),
                Map.entry("billNumber", "Số hóa đơn / Bill number"),
                Map.entry("purpose", "Nội dung / Memo"),
                Map.entry("warnings", "Cảnh báo / Warnings"));

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "In dạng JSON / Print JSON.")
        boolean json;

        @Mixin
        PayloadArgument input;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            return switch (VietQr.decode(input.text())) {
                case DecodeResult.Decoded decoded -> {
                    Map<String, Object> fields = fields(decoded, BankDirectoryFiles.bundled());
                    out.println(json ? Output.json(fields) : table(fields));
                    yield ExitCodes.OK;
                }
                case DecodeResult.Rejected rejected -> {
                    if (json) {
                        out.println(rejectionJson(rejected));
                    }
                    String detail = rejected.detail().isEmpty() ? "" : " [" + rejected.detail() + "]";
                    spec.commandLine().getErr().println(bilingual("vietqr.rejected", locale -> new Object[] {
                            rejected.reason().name(), CliText.one(locale, "vietqr.reason." + rejected.reason().name()), detail}));
                    yield ExitCodes.REJECTED;
                }
            };
        }

        private static Map<String, Object> fields(DecodeResult.Decoded decoded, BankDirectory banks) {
            VietQrPayment payment = decoded.payment();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("kind", "VIETQR");
            fields.put("initiation", payment.dynamic() ? "dynamic" : "static");
            fields.put("bin", payment.bin());
            fields.put("bank", banks.byBin(payment.bin()).map(Bank::shortName).orElse(null));
            fields.put("account", payment.account());
            fields.put("service", payment.service().code());
            fields.put("amount", orNull(payment.amount()));
            fields.put("tipOrFee", payment.tipOrFee().map(Decode::tipOrFee).orElse(null));
            fields.put("fee", orNull(payment.fee()));
            fields.put("total", orNull(payment.total()));
            fields.put("currency", payment.currency());
            fields.put("country", payment.country());
            fields.put("merchantCategory", payment.merchantCategory().orElse(null));
            fields.put("merchantName", payment.merchantName().orElse(null));
            fields.put("billNumber", payment.billNumber().orElse(null));
            fields.put("purpose", payment.purpose().orElse(null));
            List<Map<String, String>> warnings = new ArrayList<>();
            for (DecodeWarning warning : decoded.warnings()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("code", warning.name());
                entry.put("vi", CliText.one(VI, "vietqr.warning." + warning.name()));
                entry.put("en", CliText.one(Locale.ENGLISH, "vietqr.warning." + warning.name()));
                warnings.add(entry);
            }
            fields.put("warnings", warnings);
            fields.put("objects", objects(payment.objects()));
            return fields;
        }

        private static Long orNull(OptionalLong value) {
            return value.isPresent() ? value.getAsLong() : null;
        }

        /** {@code {"kind", ["percent"], "vi", "en"}}: what the payer's app adds, said in both languages. */
        private static Map<String, Object> tipOrFee(TipOrFee tipOrFee) {
            Map<String, Object> entry = new LinkedHashMap<>();
            Function<Locale, Object[]> args = switch (tipOrFee) {
                case TipOrFee.PromptForTip prompt -> {
                    entry.put("kind", "PROMPT_FOR_TIP");
                    yield locale -> new Object[0];
                }
                case TipOrFee.FixedFee fixed -> {
                    entry.put("kind", "FIXED_FEE");
                    yield locale -> new Object[] {fixed.dong()};
                }
                case TipOrFee.PercentageFee percentage -> {
                    entry.put("kind", "PERCENTAGE_FEE");
                    entry.put("percent", percentage.percent());
                    // Formatted here: the Vietnamese bundle is the base one, which MessageFormat reads as ROOT, and
                    // Vietnamese writes 2,5 where English writes 2.5.
                    yield locale -> new Object[] {NumberFormat.getNumberInstance(locale).format(percentage.percent())};
                }
            };
            String key = "vietqr.tip." + entry.get("kind");
            entry.put("vi", CliText.one(VI, key, args.apply(VI)));
            entry.put("en", CliText.one(Locale.ENGLISH, key, args.apply(Locale.ENGLISH)));
            return entry;
        }

        /** Every data object as read, unknown tags included, so IT can see what a bank app put in. */
        private static List<Map<String, Object>> objects(List<DataObject> objects) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (DataObject object : objects) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", object.id());
                if (object.isTemplate()) {
                    entry.put("objects", objects(object.children()));
                } else {
                    entry.put("value", object.value());
                }
                list.add(entry);
            }
            return list;
        }

        @SuppressWarnings("unchecked")
        private static String table(Map<String, Object> fields) {
            return Output.table(fields, LABELS, (key, value) -> {
                if (key.equals("tipOrFee") && value != null) {
                    Map<String, Object> tip = (Map<String, Object>) value;
                    return tip.get("vi") + " / " + tip.get("en");
                }
                if (key.equals("warnings")) {
                    List<Map<String, String>> warnings = (List<Map<String, String>>) value;
                    return warnings.isEmpty() ? "-" : String.join("; ",
                            warnings.stream().map(w -> w.get("vi") + " / " + w.get("en")).toList());
                }
                return value == null ? "-" : value.toString();
            });
        }

        private static String rejectionJson(DecodeResult.Rejected rejected) throws JsonProcessingException {
            String reason = "vietqr.reason." + rejected.reason().name();
            return Output.rejectionJson(rejected.reason().name(), rejected.detail(), CliText.one(VI, reason),
                    CliText.one(Locale.ENGLISH, reason));
        }
    }

    @Command(name = "banks", mixinStandardHelpOptions = true,
            description = {"Tìm ngân hàng theo mã BIN, tên viết tắt hoặc tên đầy đủ (không cần dấu).",
                    "Find banks by BIN, short name or full name (accents optional).",
                    "Exit 0: found; 2: no bank matches; 1: the --file list could not be read."})
    static final class Banks implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Từ khóa; bỏ trống để liệt kê tất cả / What to look for; empty lists all.")
        String query;

        @Option(names = "--file", paramLabel = "FILE", description = "Danh sách ngân hàng thay cho bản đi kèm / A bank list to use instead of the bundled one.")
        Path file;

        @Override
        public Integer call() {
            BankDirectory directory = directory();
            List<Bank> found = directory.search(query);
            if (found.isEmpty()) {
                throw CliText.rejected("vietqr.noBank", query);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CliText.both("vietqr.banksVersion", directory.version(), directory.banks().size()));
            for (Bank bank : found) {
                out.println(String.format(Locale.ROOT, "%s  %-28s %s", bank.bin(), bank.shortName(), bank.fullName()));
            }
            return ExitCodes.OK;
        }

        private BankDirectory directory() {
            if (file == null) {
                return BankDirectoryFiles.bundled();
            }
            try {
                return BankDirectoryFiles.load(file);
            } catch (IOException | IllegalArgumentException e) {
                throw CliText.failed("vietqr.bankFileFailed", file, e.getMessage());
            }
        }
    }
}
