package vn.tiepdon.sync.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedTest {

    private final RecentlyVerified verified = new RecentlyVerified(Duration.ofMinutes(5));

    @Test
    void aPasswordCheckedAMomentAgoIsKnownUntilItsTimeIsUp() {
        verified.add("baocao", "mat-khau-dung".toCharArray(), "pbkdf2-sha256$1$a$b", 1_000);

        assertThat(verified.contains("baocao", "mat-khau-dung".toCharArray(), "pbkdf2-sha256$1$a$b", 1_000 + 299_999))
                .isTrue();
        assertThat(verified.contains("baocao", "mat-khau-dung".toCharArray(), "pbkdf2-sha256$1$a$b", 1_000 + 300_001))
                .isFalse();
    }

    @Test
    void anotherPasswordNameOrStoredHashIsNotKnown() {
        verified.add("baocao", "mat-khau-dung".toCharArray(), "pbkdf2-sha256$1$a$b", 0);

        assertThat(verified.contains("baocao", "mat-khau-sai".toCharArray(), "pbkdf2-sha256$1$a$b", 1)).isFalse();
        assertThat(verified.contains("quantri", "mat-khau-dung".toCharArray(), "pbkdf2-sha256$1$a$b", 1)).isFalse();
        // The password was changed (a new stored hash): the old one is checked again, and fails there.
        assertThat(verified.contains("baocao", "mat-khau-dung".toCharArray(), "pbkdf2-sha256$1$c$d", 1)).isFalse();
    }
}
