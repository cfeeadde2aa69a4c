package vn.tiepdon.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The document people read and the enum the code computes must list the same indicators. */
class IndicatorDefinitionsTest {

    private static final Path DOCUMENT = Path.of("..", "..", "docs", "INDICATORS.md");

    @Test
    void everyIndicatorIsDefinedInTheDocumentAndNothingElseIs() throws Exception {
        String text = Files.readString(DOCUMENT);
        for (Indicator indicator : Indicator.values()) {
            assertThat(text).as(indicator.name()).contains("| `" + indicator.name() + "`");
        }
        long rows = text.lines().filter(line -> line.startsWith("| `")).count();
        assertThat(rows).isEqualTo(Indicator.values().length);
    }
}
