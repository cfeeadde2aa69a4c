package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | Không đồng
            1                | Một đồng
            4                | Bốn đồng
            5                | Năm đồng
            10               | Mười đồng
            11               | Mười một đồng
            14               | Mười bốn đồng
            15               | Mười lăm đồng
            20               | Hai mươi đồng
            21               | Hai mươi mốt đồng
            24               | Hai mươi bốn đồng
            25               | Hai mươi lăm đồng
            91               | Chín mươi mốt đồng
            95               | Chín mươi lăm đồng
            100              | Một trăm đồng
            101              | Một trăm linh một đồng
            105              | Một trăm linh năm đồng
            110              | Một trăm mười đồng
            111              | Một trăm mười một đồng
            115              | Một trăm mười lăm đồng
            121              | Một trăm hai mươi mốt đồng
            999              | Chín trăm chín mươi chín đồng
            1000             | Một nghìn đồng
            1001             | Một nghìn không trăm linh một đồng
            1005             | Một nghìn không trăm linh năm đồng
            1015             | Một nghìn không trăm mười lăm đồng
            1020             | Một nghìn không trăm hai mươi đồng
            1100             | Một nghìn một trăm đồng
            5000             | Năm nghìn đồng
            10000            | Mười nghìn đồng
            15000            | Mười lăm nghìn đồng
            21000            | Hai mươi mốt nghìn đồng
            105000           | Một trăm linh năm nghìn đồng
            150000           | Một trăm năm mươi nghìn đồng
            1000000          | Một triệu đồng
            1000001          | Một triệu không trăm linh một đồng
            1005000          | Một triệu không trăm linh năm nghìn đồng
            1234567          | Một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy đồng
            2500000          | Hai triệu năm trăm nghìn đồng
            25000000         | Hai mươi lăm triệu đồng
            1000000000       | Một tỷ đồng
            1000000005       | Một tỷ không trăm linh năm đồng
            1000005000       | Một tỷ không trăm linh năm nghìn đồng
            1050000000       | Một tỷ không trăm năm mươi triệu đồng
            2000000000000    | Hai nghìn tỷ đồng
            1500000000000    | Một nghìn năm trăm tỷ đồng
            1005000000000    | Một nghìn không trăm linh năm tỷ đồng
            1000000005000    | Một nghìn tỷ không trăm linh năm nghìn đồng
            999999999999999  | Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng
            """)
    void readsTheAmountAsAnInvoiceDoes(long dong, String words) {
        assertThat(VietnameseAmount.inWords(dong)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0 đ
            5                | 5 đ
            999              | 999 đ
            1000             | 1.000 đ
            15000            | 15.000 đ
            150000           | 150.000 đ
            1005000          | 1.005.000 đ
            25000000         | 25.000.000 đ
            999999999999999  | 999.999.999.999.999 đ
            """)
    void printsDigitsWithDotsBetweenThousands(long dong, String digits) {
        assertThat(VietnameseAmount.digits(dong)).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 1_000_000_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE})
    void refusesAmountsOutsideTheRangeAndSaysWhichRange(long dong) {
        assertThatThrownBy(() -> VietnameseAmount.inWords(dong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 999.999.999.999.999");
        assertThatThrownBy(() -> VietnameseAmount.digits(dong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 999.999.999.999.999");
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        assertThat(VietnameseAmount.MAX).isEqualTo(999_999_999_999_999L);
        assertThat(VietnameseAmount.inWords(VietnameseAmount.MAX)).startsWith("Chín trăm").endsWith(" đồng");
        assertThat(VietnameseAmount.inWords(0)).isEqualTo("Không đồng");
    }

    @Test
    void anyAmountReadsAsWellFormedWordsAndDigitsRoundTrip() {
        Random random = new Random(20261125L);
        for (int i = 0; i < 20_000; i++) {
            // Spread over every magnitude, so small amounts and each group boundary get as many draws as large ones.
            long bound = (long) Math.pow(10, 1 + random.nextInt(15));
            long dong = Math.floorMod(random.nextLong(), bound);
            String words = VietnameseAmount.inWords(dong);
            assertThat(words).as("words for %d", dong)
                    .doesNotContain("  ")
                    .doesNotStartWith(" ")
                    .endsWith(" đồng")
                    .doesNotContain("linh mốt", "linh lăm", "mười mốt", "không mươi");
            assertThat(Character.isUpperCase(words.codePointAt(0))).as("capitalised: %s", words).isTrue();
            assertThat(Long.parseLong(VietnameseAmount.digits(dong).replace(".", "").replace(" đ", "")))
                    .isEqualTo(dong);
        }
    }
}
