package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedAccountTest {

    /** As a bank statement shows a sender: six stars and the last four, whatever the account's length. */
    @ParameterizedTest
    @CsvSource({
            "0071000912345,         ******2345",
            "0011 0019 32418,       ******2418",
            "19035551234567890,     ******7890",
            "99MM24011M34875080,    ******5080",
            "123456,                ******3456"})
    void keepsOnlyTheLastFourCharacters(String account, String shown) {
        assertThat(MaskedAccount.of(account)).contains(new MaskedAccount(shown));
        assertThat(MaskedAccount.of(account).orElseThrow()).hasToString(shown);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "00710009123456789012", "0071-0009-12345", "0071000912345.", "Nguyễn Văn A"})
    void whatIsNotAnAccountNumberIsRefused(String notAnAccount) {
        assertThat(MaskedAccount.of(notAnAccount)).isEmpty();
    }

    @Test
    void aFullNumberCannotPassForAMaskedOne() {
        assertThatThrownBy(() -> new MaskedAccount("0071000912345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaskedAccount("***2345")).isInstanceOf(IllegalArgumentException.class);
    }
}
