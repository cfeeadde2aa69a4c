package vn.tiepdon.sync.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashKeepsItsParametersAndASaltOfItsOwn() {
        String first = PasswordHashing.hash("mat-khau-dai-du".toCharArray());
        String second = PasswordHashing.hash("mat-khau-dai-du".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$210000$").doesNotContain("mat-khau");
        assertThat(first.split("\\$")).hasSize(4);
        assertThat(second).as("another salt").isNotEqualTo(first);
        assertThat(PasswordHashing.matches("mat-khau-dai-du".toCharArray(), first)).isTrue();
        assertThat(PasswordHashing.matches("mat-khau-dai-dU".toCharArray(), first)).isFalse();
    }

    @Test
    void aHashItCannotReadMatchesNothing() {
        assertThat(PasswordHashing.matches("x".toCharArray(), "md5$abc")).isFalse();
        assertThat(PasswordHashing.matches("x".toCharArray(), "pbkdf2-sha256$many$salt$hash")).isFalse();
    }
}
