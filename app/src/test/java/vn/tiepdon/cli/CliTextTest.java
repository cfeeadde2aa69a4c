package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.DecodeWarning;
import vn.tiepdon.payment.PayloadRejection;

class CliTextTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vn.tiepdon.cli.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void bothLanguagesHaveTheSameMessages() {
        assertThat(bundle(Locale.ENGLISH).keySet()).containsExactlyInAnyOrderElementsOf(bundle(VI).keySet());
        assertThat(bundle(VI).getString("input.stdinEmpty")).isNotEqualTo(bundle(Locale.ENGLISH).getString("input.stdinEmpty"));
    }

    @Test
    void everyMessageFillsInItsArgumentsInBothLanguages() {
        for (String key : bundle(VI).keySet()) {
            for (Locale locale : new Locale[] {VI, Locale.ENGLISH}) {
                String text = CliText.one(locale, key, 101, 202, 303);
                assertThat(text).as("%s in %s", key, locale).doesNotContain("{").doesNotContain("''");
                String pattern = bundle(locale).getString(key);
                for (int i = 0; i < 3; i++) {
                    if (pattern.contains("{" + i + "}") || pattern.contains("{" + i + ",")) {
                        assertThat(text).as("%s in %s fills {%d}", key, locale, i).contains(String.valueOf(101 * (i + 1)));
                    }
                }
            }
        }
    }

    @Test
    void everyDecodeWarningAndRejectionHasATextInBothLanguages() {
        for (Locale locale : new Locale[] {VI, Locale.ENGLISH}) {
            for (DecodeWarning warning : DecodeWarning.values()) {
                assertThat(bundle(locale).containsKey("vietqr.warning." + warning.name())).as("%s in %s", warning, locale)
                        .isTrue();
            }
            for (PayloadRejection reason : PayloadRejection.values()) {
                assertThat(bundle(locale).containsKey("vietqr.reason." + reason.name())).as("%s in %s", reason, locale)
                        .isTrue();
            }
        }
    }

    @Test
    void bothPutsVietnameseFirst() {
        assertThat(CliText.both("input.stdinEmpty")).isEqualTo(
                bundle(VI).getString("input.stdinEmpty") + " / " + bundle(Locale.ENGLISH).getString("input.stdinEmpty"));
    }
}
