package vn.tiepdon.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The damaged databases {@link DatabaseRecovery} moved aside in the data folder, {@code tiepdon.db.damaged-<time>}
 * with their {@code -wal} and {@code -shm}. They still hold hand-off rows (ID numbers, names, birth dates), which may
 * be kept no longer than the hand-off retention, so each is deleted once it was set aside longer ago than that.
 */
public final class SetAsideFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SetAsideFiles.class);
    static final String PREFIX = KioskDatabase.FILE_NAME + ".damaged-";
    /** As {@link DatabaseRecovery} names them: the kiosk's local time. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** The name a damaged database set aside at {@code now} is given beside the live one: the one naming rule. */
    static Path nameFor(Path database, LocalDateTime now) {
        return database.resolveSibling(PREFIX + STAMP.format(now));
    }
    private static final List<String> COMPANIONS = List.of("-wal", "-shm");

    private final Path dataDir;
    private final Duration retention;
    private final Clock clock;

    /** @param retention the hand-off retention ({@code handoff.retentionDays}) */
    public SetAsideFiles(Path dataDir, Duration retention, Clock clock) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
    }

    /**
     * Deletes the set-aside files older than the retention. Files named otherwise, or whose time cannot be read
     * from their name, are not touched. A file that cannot be deleted is logged and tried again at the next call.
     *
     * @return the files deleted
     */
    public List<Path> deleteExpired() {
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return deleted;
        }
        LocalDateTime oldestKept = LocalDateTime.now(clock).minus(retention);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, PREFIX + "*")) {
            for (Path file : files) {
                if (setAsideAt(file).filter(at -> at.isBefore(oldestKept)).isPresent()) {
                    delete(file, deleted);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot list the damaged databases set aside in " + dataDir, e);
        }
        if (!deleted.isEmpty()) {
            LOG.info("Deleted {} damaged database files set aside more than {} ago, as they hold hand-off data: {}",
                    deleted.size(), retention, deleted.stream().map(Path::getFileName).toList());
        }
        return deleted;
    }

    private static void delete(Path file, List<Path> deleted) {
        try {
            Files.deleteIfExists(file);
            deleted.add(file);
        } catch (IOException e) {
            LOG.warn("The damaged database file {} cannot be deleted yet: {}", file, e.toString());
        }
    }

    private static Optional<LocalDateTime> setAsideAt(Path file) {
        String stamp = file.getFileName().toString().substring(PREFIX.length());
        for (String companion : COMPANIONS) {
            if (stamp.endsWith(companion)) {
                stamp = stamp.substring(0, stamp.length() - companion.length());
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
