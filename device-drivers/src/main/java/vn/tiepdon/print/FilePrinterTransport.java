package vn.tiepdon.print;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A device file ({@code /dev/usb/lp0}) or a plain file. Appends, so several jobs to a plain
 * file pile up like paper out of a printer. One-way: status cannot be asked.
 */
public final class FilePrinterTransport implements PrinterTransport {

    private final Path path;

    public FilePrinterTransport(Path path) {
        this.path = path;
    }

    @Override
    public PrinterConnection open() throws IOException {
        // CREATE is harmless for device nodes (they exist) and lets tests print to a fresh file.
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(path,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        return new OneWayConnection(out);
    }

    @Override
    public String describe() {
        return "file:" + path;
    }
}
