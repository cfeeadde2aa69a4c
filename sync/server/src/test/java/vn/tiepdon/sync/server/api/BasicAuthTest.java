package vn.tiepdon.sync.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords over plain HTTP are taken only from this computer (a script here, or the TLS proxy in front). */
class BasicAuthTest {

    @Test
    void onlyLoopbackPeersCountAsThisComputer() {
        assertThat(BasicAuth.fromThisComputer("127.0.0.1")).isTrue();
        assertThat(BasicAuth.fromThisComputer("127.0.0.2")).isTrue();
        assertThat(BasicAuth.fromThisComputer("::1")).isTrue();
        assertThat(BasicAuth.fromThisComputer("192.168.1.20")).isFalse();
        assertThat(BasicAuth.fromThisComputer("10.0.0.5")).isFalse();
        assertThat(BasicAuth.fromThisComputer(null)).isFalse();
        assertThat(BasicAuth.fromThisComputer("")).isFalse();
    }
}
