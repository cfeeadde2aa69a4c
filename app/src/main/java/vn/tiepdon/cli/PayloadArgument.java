package vn.tiepdon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Parameters;

/** The {@code PAYLOAD|-} argument of the commands that read a scanned code: the text itself, or standard input. */
final class PayloadArgument {

    @Parameters(paramLabel = "PAYLOAD|-",
            description = "Nội dung mã QR, hoặc - để đọc từ đầu vào chuẩn / The QR text, or - to read standard input.")
    String payload;

    /** Where {@code -} reads from; tests replace it. */
    InputStream stdin = System.in;

    /** The payload's bytes as given (UTF-8 for an argument, raw for standard input). */
    byte[] bytes() throws IOException {
        if (!"-".equals(payload)) {
            return payload.getBytes(StandardCharsets.UTF_8);
        }
        byte[] all = stdin.readAllBytes();
        if (new String(all, StandardCharsets.UTF_8).isBlank()) {
            throw CliText.rejected("input.stdinEmpty");
        }
        return all;
    }

    String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
