package vn.tiepdon.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines the tests' log file gained since a moment: a test checks only what it itself caused to be written,
 * not what earlier tests in the same JVM logged.
 */
public final class LogSince {

    /** Where the tests' Logback configuration writes. */
    public static final Path TEST_LOG = Path.of("target/test-logs/tiepdon-tests.log");

    private final long offset;

    private LogSince(long offset) {
        this.offset = offset;
    }

    /** From now on. */
    public static LogSince now() throws IOException {
        return new LogSince(Files.exists(TEST_LOG) ? Files.size(TEST_LOG) : 0);
    }

    public String written() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(TEST_LOG.toFile(), "r")) {
            long start = Math.min(offset, file.length());
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
