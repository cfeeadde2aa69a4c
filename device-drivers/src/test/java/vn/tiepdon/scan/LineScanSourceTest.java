package vn.tiepdon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineScanSourceTest {

    private static final String CCCD =
            "001090123456|123456789|Nguyễn Văn An|15081990|Nam|Số 12 Ngõ 34 Phố Láng Hạ, Hà Nội|20042021";

    @Test
    void deliversEachLineAsOneScanAndReportsTheEndOfInput() throws Exception {
        String typed = CCCD + "\r\n\n  second  \nlast line without newline";
        RecordingListener listener = new RecordingListener();
        try (LineScanSource source = new LineScanSource(
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), "test input")) {
            source.start(listener);

            assertThat(listener.nextChange()).isEqualTo(new RecordingListener.Change(true, "reading test input"));
            assertThat(listener.nextScan()).isEqualTo(CCCD.getBytes(StandardCharsets.UTF_8));
            assertThat(listener.nextScan()).isEqualTo("  second  ".getBytes(StandardCharsets.UTF_8));
            assertThat(listener.nextScan()).isEqualTo("last line without newline".getBytes(StandardCharsets.UTF_8));
            assertThat(listener.nextChange()).isEqualTo(new RecordingListener.Change(false, "end of input"));
            assertThat(listener.scans).isEmpty();
        }
    }

    @Test
    void reencodesAConsoleCharsetToUtf8() throws Exception {
        Charset console = Charset.forName("windows-1258");
        RecordingListener listener = new RecordingListener();
        try (LineScanSource source = new LineScanSource(
                new ByteArrayInputStream("Văn An\n".getBytes(console)), console, "console")) {
            source.start(listener);

            assertThat(listener.nextScan()).isEqualTo("Văn An".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void deliversLinesAsTheyAreTypedAndNothingAfterClose() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        // Like System.in: closing it does not wake a blocked reader, so the source must drop late lines itself.
        PipedInputStream console = new PipedInputStream(keyboard) {
            @Override
            public void close() {
            }
        };
        RecordingListener listener = new RecordingListener();
        LineScanSource source = new LineScanSource(console, "keyboard");
        source.start(listener);

        keyboard.write("first\n".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        assertThat(listener.nextScan()).isEqualTo("first".getBytes(StandardCharsets.UTF_8));

        source.close();
        keyboard.write("after close\n".getBytes(StandardCharsets.UTF_8));
        keyboard.close();

        assertThat(listener.nextChange()).isEqualTo(new RecordingListener.Change(true, "reading keyboard"));
        assertThat(listener.scans.poll(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(listener.changes).isEmpty();
        assertThat(source.describe()).isEqualTo("lines from keyboard");
    }
}
