package vn.tiepdon.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The last numbers given, kept outside the database ({@code tiepdon.marks} beside it): the queue day, each series'
 * last ticket number that day, and the event sequence. At start the database is compared with them, so a file that
 * went backwards — its WAL deleted, a stale page written back by a failing disk, an empty file, a restored backup —
 * never gives a number again.
 *
 * <p>Written inside the issuing transaction, before its commit, while the database's write lock keeps every other
 * process out: the marks are never behind a committed number (at worst one ahead, which skips a number, never
 * repeats one). Written in place, in one of two fixed 4 KB slots in turn, each with a generation and a checksum:
 * no new disk space is needed (a full disk still lets numbers go on), and a write cut by a power failure leaves the
 * other slot whole.
 */
final class NumberMarks {

    static final String FILE_NAME = "tiepdon.marks";
    private static final int SLOT = 4096;
    private static final String MAGIC = "tiepdon-marks 1";

    /**
     * What the marks say.
     *
     * @param generation how many times they were written; the higher slot wins
     * @param day        the queue day of {@code numbers}
     * @param numbers    series code → last number given on {@code day}
     * @param events     the last event sequence number known when they were written
     */
    record Marks(long generation, LocalDate day, Map<String, Integer> numbers, long events) {

        Marks {
            numbers = Map.copyOf(numbers);
        }

        static Marks none() {
            return new Marks(0, LocalDate.MIN, Map.of(), 0);
        }

        /** The last number of {@code series} on {@code queueDay}, 0 if none is known. */
        int lastNumber(String series, LocalDate queueDay) {
            return queueDay.equals(day) ? numbers.getOrDefault(series, 0) : 0;
        }

        /** These marks with one more number given, the day moved on if it is a new day. */
        Marks withNumber(LocalDate queueDay, String series, int number, long eventSeq) {
            Map<String, Integer> next = new TreeMap<>(queueDay.equals(day) ? numbers : Map.of());
            next.merge(series, number, Math::max);
            LocalDate newest = queueDay.isAfter(day) || queueDay.equals(day) ? queueDay : day;
            return new Marks(generation + 1, newest, newest.equals(queueDay) ? next : numbers,
                    Math.max(events, eventSeq));
        }

        Marks withEvents(long eventSeq) {
            return new Marks(generation + 1, day, numbers, Math.max(events, eventSeq));
        }

        /** The higher of two sets of marks, key by key (the data folder's and a copy elsewhere). */
        Marks max(Marks other) {
            if (other.day.isAfter(day)) {
                return other.max(this);
            }
            Map<String, Integer> merged = new HashMap<>(numbers);
            if (other.day.equals(day)) {
                other.numbers.forEach((series, number) -> merged.merge(series, number, Math::max));
            }
            return new Marks(Math.max(generation, other.generation), day, merged, Math.max(events, other.events));
        }

        boolean isNone() {
            return generation == 0;
        }

        String text() {
            StringBuilder text = new StringBuilder(MAGIC).append('\n')
                    .append("generation=").append(generation).append('\n')
                    .append("day=").append(day.equals(LocalDate.MIN) ? "-" : day.toString()).append('\n')
                    .append("events=").append(events).append('\n');
            new TreeMap<>(numbers).forEach((series, number) ->
                    text.append("ticket.").append(series).append('=').append(number).append('\n'));
            return text.toString();
        }

        static Optional<Marks> parse(String text) {
            String[] lines = text.split("\n");
            if (lines.length < 4 || !lines[0].equals(MAGIC)) {
                return Optional.empty();
            }
            try {
                long generation = 0;
                long events = 0;
                LocalDate day = LocalDate.MIN;
                Map<String, Integer> numbers = new HashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int eq = lines[i].indexOf('=');
                    String key = lines[i].substring(0, eq);
                    String value = lines[i].substring(eq + 1);
                    switch (key) {
                        case "generation" -> generation = Long.parseLong(value);
                        case "events" -> events = Long.parseLong(value);
                        case "day" -> day = value.equals("-") ? LocalDate.MIN : LocalDate.parse(value);
                        default -> {
                            if (key.startsWith("ticket.")) {
                                numbers.put(key.substring("ticket.".length()), Integer.parseInt(value));
                            }
                        }
                    }
                }
                return Optional.of(new Marks(generation, day, numbers, events));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private final Path file;

    NumberMarks(Path dir) {
        this.file = dir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The newer whole slot; {@link Marks#none()} when there is no file or neither slot is whole. */
    Marks read() {
        if (!exists()) {
            return Marks.none();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Marks best = Marks.none();
            for (int slot = 0; slot * SLOT < bytes.length; slot++) {
                Optional<Marks> marks = slot(bytes, slot);
                if (marks.isPresent() && marks.get().generation() > best.generation()) {
                    best = marks.get();
                }
            }
            return best;
        } catch (IOException e) {
            throw new StorageException("the number marks " + file + " cannot be read", e);
        }
    }

    private static Optional<Marks> slot(byte[] bytes, int slot) {
        int start = slot * SLOT;
        int end = Math.min(bytes.length, start + SLOT);
        String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        int crcAt = text.indexOf("crc=");
        if (crcAt < 0) {
            return Optional.empty();
        }
        String body = text.substring(0, crcAt);
        int crcEnd = text.indexOf('\n', crcAt);
        if (crcEnd < 0) {
            return Optional.empty();
        }
        String crc = text.substring(crcAt + 4, crcEnd);
        return crc.equals(crc(body)) ? Marks.parse(body) : Optional.empty();
    }

    /** Writes the marks into the slot the previous generation did not use, and waits until they are on disk. */
    void write(Marks marks) {
        String body = marks.text();
        byte[] slot = new byte[SLOT];
        byte[] text = (body + "crc=" + crc(body) + "\n").getBytes(StandardCharsets.UTF_8);
        if (text.length > SLOT) {
            throw new StorageException("too many numbering series for the number marks (" + text.length + " bytes)",
                    null);
        }
        System.arraycopy(text, 0, slot, 0, text.length);
        java.util.Arrays.fill(slot, text.length, SLOT, (byte) '\n');
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (out.size() < 2L * SLOT) {
                // First write: both slots' blocks are taken now, so later writes need no new space.
                out.write(ByteBuffer.wrap(slot), SLOT);
            }
            ByteBuffer buffer = ByteBuffer.wrap(slot);
            long position = (marks.generation() % 2) * SLOT;
            while (buffer.hasRemaining()) {
                position += out.write(buffer, position);
            }
            out.force(false);
        } catch (IOException e) {
            throw new StorageException("the number marks " + file + " cannot be written", e);
        }
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
