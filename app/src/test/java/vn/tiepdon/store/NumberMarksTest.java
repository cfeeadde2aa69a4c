package vn.tiepdon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks beside the database: each write whole or not at all, in place, the newest whole one read back. */
class NumberMarksTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void theLastNumbersOfTheDayAreReadBackAndANewDayStartsAfresh() {
        NumberMarks marks = new NumberMarks(dir);
        marks.write(marks.read().withNumber(MONDAY, "KBHYT", 1, 10));
        marks.write(marks.read().withNumber(MONDAY, "KBHYT", 2, 14));
        marks.write(marks.read().withNumber(MONDAY, "UKBHYT", 1, 15));

        NumberMarks.Marks read = new NumberMarks(dir).read();
        assertThat(read.lastNumber("KBHYT", MONDAY)).isEqualTo(2);
        assertThat(read.lastNumber("UKBHYT", MONDAY)).isEqualTo(1);
        assertThat(read.events()).isEqualTo(15);
        assertThat(read.lastNumber("KBHYT", MONDAY.plusDays(1))).as("another day's numbers are not today's")
                .isZero();

        marks.write(read.withNumber(MONDAY.plusDays(1), "KDV", 1, 16));
        NumberMarks.Marks tuesday = new NumberMarks(dir).read();
        assertThat(tuesday.numbers()).containsOnlyKeys("KDV");
        assertThat(tuesday.day()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void aWriteCutByAPowerFailureLeavesThePreviousMarksWhole() throws Exception {
        NumberMarks marks = new NumberMarks(dir);
        marks.write(marks.read().withNumber(MONDAY, "KBHYT", 7, 30));
        NumberMarks.Marks eighth = marks.read().withNumber(MONDAY, "KBHYT", 8, 31);
        marks.write(eighth);
        // The ninth write is torn: half of its slot reached the disk.
        NumberMarks.Marks ninth = eighth.withNumber(MONDAY, "KBHYT", 9, 32);
        marks.write(ninth);
        long slot = (ninth.generation() % 2) * 4096;
        try (RandomAccessFile raw = new RandomAccessFile(marks.file().toFile(), "rw")) {
            raw.seek(slot + 20);
            raw.write(new byte[100]);
        }

        assertThat(new NumberMarks(dir).read().lastNumber("KBHYT", MONDAY)).isEqualTo(8);
    }

    @Test
    void writingNeedsNoNewSpaceAfterTheFirstTime() throws Exception {
        NumberMarks marks = new NumberMarks(dir);
        marks.write(marks.read().withNumber(MONDAY, "KBHYT", 1, 1));
        long size = Files.size(marks.file());
        for (int n = 2; n < 50; n++) {
            marks.write(marks.read().withNumber(MONDAY, "KBHYT", n, n));
        }
        assertThat(Files.size(marks.file())).isEqualTo(size).isEqualTo(8192);
    }

    @Test
    void noFileMeansNoMarks() {
        assertThat(new NumberMarks(dir).read().isNone()).isTrue();
    }
}
