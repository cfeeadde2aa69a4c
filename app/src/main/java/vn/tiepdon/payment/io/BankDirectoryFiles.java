package vn.tiepdon.payment.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.tiepdon.payment.BankDirectory;

/** Where the bank list comes from: the copy bundled in the jar, or a file IT keeps up to date without a rebuild. */
public final class BankDirectoryFiles {

    static final String BUNDLED = "/vn/tiepdon/payment/banks.csv";

    private BankDirectoryFiles() {
    }

    /** The list shipped with this release. */
    public static BankDirectory bundled() {
        try (InputStream in = BankDirectoryFiles.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Bank list missing from the build: " + BUNDLED);
            }
            return BankDirectory.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A replacement list (UTF-8, same format as the bundled one).
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the bad line, if it is not a bank list
     */
    public static BankDirectory load(Path file) throws IOException {
        return BankDirectory.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
