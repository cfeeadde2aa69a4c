package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.payment.io.QrScan;

/** {@code tiepdon vietqr} as IT uses it: payloads on stdout, one-line bilingual errors, exit codes. */
class VietqrCommandTest {

    /** The subiz/vietqr README example (see VietQrTest). */
    private static final String SUBIZ_README = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
            + "530370454061200005802VN62170813ung ho lu lut6304C15C";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    /** Same error handling as Main: a UserError is its one line and exit code; nothing else reaches the user. */
    private static CommandLine commandLine(StringWriter out, StringWriter err) {
        CommandLine cli = new CommandLine(new VietqrCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError u) {
                commandLine.getErr().println(u.getMessage());
                return u.exitCode();
            }
            throw e;
        });
        return cli;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = commandLine(out, err).execute(args);
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void encodePrintsThePayload() {
        Run run = run("encode", "--bin", "970415", "--account", "0011001932418", "--amount", "120000",
                "--purpose", "ủng hộ lũ lụt");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip()).isEqualTo(SUBIZ_README);
    }

    @Test
    void encodeToACardUsesTheCardService() {
        Run run = run("encode", "--bin", "970403", "--account", "9704031101234567", "--card");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("0208QRIBFTTC").contains("010211");
    }

    @Test
    void encodeNamesTheBadFieldInBothLanguages() {
        Run run = run("encode", "--bin", "97041", "--account", "0011001932418");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(
                "mã BIN ngân hàng (--bin) phải có đúng 6 chữ số. / bank BIN (--bin) must have exactly 6 digits.");
    }

    @Test
    void encodeRefusesAZeroAmount() {
        Run run = run("encode", "--bin", "970415", "--account", "1", "--amount", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("số tiền (--amount)").contains("amount (--amount) must be from 1 to 9999999999999 dong");
    }

    @Test
    void encodeWritesAPngThatScansBackToThePayload() throws Exception {
        Path png = tmp.resolve("qr.png");

        Run run = run("encode", "--bin", "970418", "--account", "12345678901", "--amount", "150000",
                "--bill", "HD-42", "--purpose", "Thanh toán HD 42", "--png", png.toString(), "--size", "540");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isLessThanOrEqualTo(540).isGreaterThan(400);
        assertThat(QrScan.scan(image).getText()).isEqualTo(run.out().strip());
    }

    @Test
    void encodeReportsAnUnwritablePng() {
        Run run = run("encode", "--bin", "970418", "--account", "1", "--png", tmp.resolve("no/such/dir/qr.png").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("Không ghi được tệp ảnh").contains("Could not write the image");
    }

    @Test
    void decodePrintsJsonWithTheBankNameAndAllObjects() throws IOException {
        Run run = run("decode", "--json", SUBIZ_README);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("VIETQR");
        assertThat(json.get("initiation").asText()).isEqualTo("dynamic");
        assertThat(json.get("bin").asText()).isEqualTo("970415");
        assertThat(json.get("bank").asText()).isEqualTo("VietinBank (ICB)");
        assertThat(json.get("account").asText()).isEqualTo("0011001932418");
        assertThat(json.get("amount").asLong()).isEqualTo(120_000);
        assertThat(json.get("purpose").asText()).isEqualTo("ung ho lu lut");
        assertThat(json.get("billNumber").isNull()).isTrue();
        assertThat(json.get("warnings")).isEmpty();
        assertThat(json.get("objects").get(2).get("id").asText()).isEqualTo("38");
        assertThat(json.get("objects").get(2).get("objects").get(0).get("value").asText()).isEqualTo("A000000727");
    }

    @Test
    void decodePrintsATableWithWarnings() {
        String lowerCrc = SUBIZ_README.substring(0, SUBIZ_README.length() - 4) + "c15c";

        Run run = run("decode", lowerCrc);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Số tiền (đồng) / Amount (dong):").contains("120000")
                .contains("Ngân hàng / Bank:").contains("VietinBank (ICB)")
                .contains("CRC viết chữ thường / CRC in lower case");
    }

    /** The subiz example with a 2.5% convenience fee (55=03, 57=2.5); CRC computed with the reference's Python. */
    private static final String SUBIZ_WITH_PERCENTAGE_FEE = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
            + "5303704540612000055020357032.55802VN62170813ung ho lu lut63046972";
    /** Shaped like a MoMo wallet code, fake account, with its bare unreserved template 8003046; CRC as above. */
    private static final String MOMO_LIKE = "00020101021138620010A00000072701320006970454011899MM24011M000123450208QRIBFTTA"
            + "53037045802VN800304663044E65";

    @Test
    void decodeShowsAPercentageFeeAndTheTotalInBothLanguages() {
        Run run = run("decode", SUBIZ_WITH_PERCENTAGE_FEE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("Tiền boa, phí / Tip or fee: +phí 2,5% số tiền / fee of 2.5% of the amount\\R")
                .containsPattern("Phí \\(đồng\\) / Fee \\(dong\\): +3000\\R")
                .containsPattern("Tổng người trả thấy \\(đồng\\) / Total the payer sees \\(dong\\): +123000\\R");
    }

    @Test
    void decodeJsonCarriesTheFeeAndTheTotal() throws IOException {
        Run run = run("decode", "--json", SUBIZ_WITH_PERCENTAGE_FEE);

        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("amount").asLong()).isEqualTo(120_000);
        assertThat(json.get("tipOrFee").get("kind").asText()).isEqualTo("PERCENTAGE_FEE");
        assertThat(json.get("tipOrFee").get("percent").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(json.get("tipOrFee").get("en").asText()).isEqualTo("fee of 2.5% of the amount");
        assertThat(json.get("fee").asLong()).isEqualTo(3_000);
        assertThat(json.get("total").asLong()).isEqualTo(123_000);
    }

    @Test
    void decodeJsonWithoutAFeeHasTheAmountAsTotal() throws IOException {
        JsonNode json = JSON.readTree(run("decode", "--json", SUBIZ_README).out());

        assertThat(json.get("tipOrFee").isNull()).isTrue();
        assertThat(json.get("fee").isNull()).isTrue();
        assertThat(json.get("total").asLong()).isEqualTo(120_000);
    }

    @Test
    void decodeKeepsAnUnreservedTemplateAsReadAndSaysSo() throws IOException {
        Run run = run("decode", "--json", MOMO_LIKE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(run.out());
        JsonNode last = json.get("objects").get(json.get("objects").size() - 2);
        assertThat(last.get("id").asText()).isEqualTo("80");
        assertThat(last.get("value").asText()).isEqualTo("046");
        assertThat(json.get("warnings").get(0).get("code").asText()).isEqualTo("TEMPLATE_NOT_NESTED");
        assertThat(json.get("warnings").get(0).get("en").asText()).contains("kept as read");
    }

    @Test
    void decodeReadsStandardInput() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = commandLine(out, err);
        ((VietqrCommand.Decode) cli.getSubcommands().get("decode").getCommand()).input.stdin =
                new ByteArrayInputStream((SUBIZ_README + "\n").getBytes(StandardCharsets.UTF_8));

        int code = cli.execute("decode", "-");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("0011001932418");
    }

    @Test
    void decodeRejectsAWrongCrcWithExitTwoAndOneLine() {
        Run run = run("decode", SUBIZ_README.replace("120000", "920000"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("Mã QR không dùng được (CRC_MISMATCH): sai mã kiểm tra CRC, mã bị đọc sai "
                + "hoặc đã bị sửa [63] / QR code not usable (CRC_MISMATCH): wrong CRC, the code was misread or altered [63]");
    }

    @Test
    void decodeJsonDescribesTheRejection() throws IOException {
        Run run = run("decode", "--json", SUBIZ_README.substring(0, 60));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("REJECTED");
        assertThat(json.get("rejection").get("code").asText()).isEqualTo("TRUNCATED");
        assertThat(json.get("rejection").get("message").get("en").asText()).contains("cut off");
    }

    @Test
    void banksFindsByNameWithoutAccents() {
        Run run = run("banks", "ngoai thuong");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("phiên bản 2024-sbv-bin-list.1").contains("970436  Vietcombank (VCB)");
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void banksWithoutQueryListsAll() {
        Run run = run("banks");

        assertThat(run.out().lines().count()).isGreaterThan(55);
    }

    @Test
    void banksWithNoMatchIsRejected() {
        Run run = run("banks", "khong co ngan hang nay");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("Không có ngân hàng nào khớp").contains("No bank matches");
    }

    @Test
    void banksReadsAReplacementFile() throws IOException {
        Path file = tmp.resolve("banks.csv");
        Files.writeString(file, "# version: 2027-01\nbin,short_name,full_name\n970499,NewBank,Ngân hàng Mới\n");

        Run run = run("banks", "--file", file.toString(), "moi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2027-01").contains("970499  NewBank");
    }

    @Test
    void banksReportsABrokenFileWithItsLine() throws IOException {
        Path file = tmp.resolve("banks.csv");
        Files.writeString(file, "# version: 1\nbin,short_name,full_name\n9704,X,Y\n");

        Run run = run("banks", "--file", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("Không đọc được danh sách ngân hàng").contains("line 3");
    }
}
