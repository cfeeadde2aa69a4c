package vn.tiepdon.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disk space held back for ticket numbers, as a file of real blocks beside the database ({@code tiepdon.reserve}).
 *
 * <p>Why a file and not rows inside the database: in WAL mode, deleting rows is itself a write to the WAL, which
 * fails on a full disk. Deleting a file needs no new space, so freeing the reserve always works, and the WAL, the
 * shared-memory file and the database can grow into the freed blocks. {@value #BYTES} bytes cover the WAL up to its
 * checkpoint size and several thousand tickets with their events (about 1 KB each), i.e. days of a busy kiosk.
 */
public final class SpaceReserve {

    public static final String FILE_NAME = "tiepdon.reserve";
    static final int BYTES = 8 * 1024 * 1024;
    /** Room left on the disk after the reserve is made again, so making it never fills the disk itself. */
    private static final long MARGIN = 4L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SpaceReserve.class);

    private final Path file;

    SpaceReserve(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** True when the space is held. */
    boolean held() {
        try {
            return Files.isRegularFile(file) && Files.size(file) >= BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Holds the space back if it is not held yet and the disk has room for it.
     *
     * @return true when the space is held
     */
    boolean hold() {
        if (held()) {
            return true;
        }
        try {
            FileStore store = Files.getFileStore(file.getParent());
            if (store.getUsableSpace() < BYTES + MARGIN) {
                return false;
            }
            Path part = file.resolveSibling(FILE_NAME + ".part");
            // Zeros written for real: a sparse file (setLength) would hold back nothing.
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
                for (long written = 0; written < BYTES; written += zeros.capacity()) {
                    zeros.clear();
                    while (zeros.hasRemaining()) {
                        out.write(zeros);
                    }
                }
                out.force(true);
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            deleteQuietly(file.resolveSibling(FILE_NAME + ".part"));
            return false;
        }
    }

    /**
     * Frees the reserve now if the disk is already full: before the check at start, which must open the file (its
     * shared-memory file is created then) and would otherwise take a full disk for a damaged database.
     */
    void releaseIfDiskFull() {
        try {
            if (Files.isDirectory(file.getParent())
                    && Files.getFileStore(file.getParent()).getUsableSpace() < MARGIN) {
                release();
            }
        } catch (IOException e) {
            // The check itself will report what is wrong with the folder.
        }
    }

    /** @return true when space was held and is now free for the database */
    boolean release() {
        try {
            boolean released = Files.deleteIfExists(file);
            if (released) {
                LOG.warn("The disk holding {} is full: ticket numbers go on in the space held back for them",
                        file.getParent());
            }
            return released;
        } catch (IOException e) {
            LOG.error("The space held back in {} cannot be freed: {}", file, e.getMessage());
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover .part is replaced at the next attempt
        }
    }
}
