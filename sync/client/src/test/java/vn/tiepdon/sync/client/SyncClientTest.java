package vn.tiepdon.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.sync.client.ProtocolServer.Fault;
import vn.tiepdon.sync.client.SyncOutcome.Status;

/** One cycle against a server speaking the protocol: what is sent, what is remembered, how each answer reads. */
class SyncClientTest {

    private static final String TOKEN = "k01-token-0123456789abcdef";

    private final ProtocolServer server = ProtocolServer.http(TOKEN);
    private final InMemoryKiosk kiosk = new InMemoryKiosk();

    @AfterEach
    void stop() {
        server.close();
    }

    private SyncClient client(URI uri) {
        return client(uri, Duration.ofSeconds(10));
    }

    private SyncClient client(URI uri, Duration readTimeout) {
        return new SyncClient(SyncSettings.of(uri, TOKEN, "K01", "79001", Optional.empty())
                .withTimeouts(Duration.ofSeconds(2), readTimeout), kiosk, kiosk);
    }

    private SyncOutcome once() {
        try (SyncClient client = client(server.uri())) {
            return client.runOnce();
        }
    }

    @Test
    void theFirstCycleSendsEveryDayAndTheAcknowledgementIsKeptPerDay() {
        kiosk.count("2026-12-01", 12).count("2026-12-02", 5).count("2026-12-03", 7);

        SyncOutcome outcome = once();

        assertThat(outcome.status()).isEqualTo(Status.SENT);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.daysSent()).isEqualTo(3);
        assertThat(outcome.daysAcknowledged()).isEqualTo(3);
        assertThat(outcome.rowsSent()).isEqualTo(6);
        assertThat(outcome.cursor()).isEqualTo(24);
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(r.batch().kiosk()).isEqualTo("K01");
            assertThat(r.batch().facility()).isEqualTo("79001");
            assertThat(r.batch().cursor()).isEqualTo(24);
        });
        assertThat(server.held().get("2026-12-01").totals().totals().getFirst().count()).isEqualTo(12);
        assertThat(kiosk.acknowledged).containsOnlyKeys("2026-12-01", "2026-12-02", "2026-12-03")
                .allSatisfy((day, cursor) -> assertThat(cursor).isEqualTo(24));
        assertThat(kiosk.outcomes).containsExactly(outcome);
    }

    @Test
    void onlyADayThatChangedSinceItsAcknowledgementIsSentAgain() {
        kiosk.count("2026-12-01", 12).count("2026-12-02", 5);
        once();
        kiosk.count("2026-12-02", 3);

        SyncOutcome second = once();
        SyncOutcome third = once();

        assertThat(second.daysSent()).isEqualTo(1);
        assertThat(server.requests().get(1).batch().days()).extracting(d -> d.day()).containsExactly("2026-12-02");
        assertThat(server.held().get("2026-12-02").totals().totals().getFirst().count()).isEqualTo(8);
        assertThat(server.held().get("2026-12-02").cursor()).isEqualTo(20);
        assertThat(kiosk.acknowledged).containsEntry("2026-12-01", 17L).containsEntry("2026-12-02", 20L);
        assertThat(third.status()).isEqualTo(Status.NOTHING_TO_SEND);
        assertThat(third.cursor()).isEqualTo(20);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void fortyDaysGoInTwoBatchesOfOneCycle() {
        LocalDate first = LocalDate.of(2026, 10, 1);
        for (int i = 0; i < 40; i++) {
            kiosk.count(first.plusDays(i).toString(), 1 + i);
        }

        SyncOutcome outcome = once();

        assertThat(outcome.status()).isEqualTo(Status.SENT);
        assertThat(outcome.daysAcknowledged()).isEqualTo(40);
        assertThat(server.requests()).extracting(r -> r.batch().days().size()).containsExactly(31, 9);
        assertThat(server.held()).hasSize(40);
        assertThat(kiosk.acknowledged).hasSize(40);
    }

    @Test
    void aBatchTheServerFindsTooLargeIsHalvedUntilItFits() {
        for (int i = 1; i <= 10; i++) {
            kiosk.count(LocalDate.of(2026, 11, i).toString(), i);
        }
        server.mostDays(3);

        SyncOutcome outcome = once();

        assertThat(outcome.status()).isEqualTo(Status.SENT);
        assertThat(outcome.daysAcknowledged()).isEqualTo(10);
        assertThat(outcome.daysSent()).isEqualTo(10);
        // 10 refused; 5 refused; 2 + 3 stored; 5 refused; 2 + 3 stored.
        assertThat(server.requests()).extracting(r -> r.status()).containsExactly(413, 413, 200, 200, 413, 200, 200);
        assertThat(server.held()).hasSize(10);
    }

    @Test
    void aRefusedTokenAcknowledgesNothing() {
        kiosk.count("2026-12-01", 1);
        server.fault(Fault.UNAUTHORIZED_401);

        SyncOutcome refused = once();
        server.fault(Fault.FORBIDDEN_403);
        SyncOutcome forbidden = once();

        assertThat(refused.status()).isEqualTo(Status.TOKEN_REFUSED);
        assertThat(refused.httpStatus()).isEqualTo(401);
        assertThat(refused.detail()).contains("unauthorized");
        assertThat(forbidden.status()).isEqualTo(Status.TOKEN_REFUSED);
        assertThat(forbidden.httpStatus()).isEqualTo(403);
        assertThat(refused.succeeded()).isFalse();
        assertThat(kiosk.acknowledged).isEmpty();
        assertThat(refused.message(Locale.ENGLISH)).contains("token").contains("401");
        assertThat(refused.message(Locale.forLanguageTag("vi"))).contains("mã truy cập");
    }

    @Test
    void aWrongTokenIsRefusedByTheServerItself() {
        kiosk.count("2026-12-01", 1);
        SyncOutcome outcome;
        try (SyncClient client = new SyncClient(SyncSettings.of(server.uri(), "someone-elses-token", "K01", "79001",
                Optional.empty()), kiosk, kiosk)) {
            outcome = client.runOnce();
        }
        assertThat(outcome.status()).isEqualTo(Status.TOKEN_REFUSED);
        assertThat(outcome.detail()).doesNotContain("someone-elses-token");
    }

    @Test
    void serverErrorsBusyAndTooOldAreTold() {
        kiosk.count("2026-12-01", 1);

        server.fault(Fault.ERROR_500);
        SyncOutcome error = once();
        server.fault(Fault.BUSY_429).retryAfter("7");
        SyncOutcome busy = once();
        server.fault(Fault.BUSY_503).retryAfter(null);
        SyncOutcome unavailable = once();
        server.fault(Fault.UNSUPPORTED_422);
        SyncOutcome old = once();

        assertThat(error.status()).isEqualTo(Status.SERVER_ERROR);
        assertThat(error.httpStatus()).isEqualTo(500);
        assertThat(busy.status()).isEqualTo(Status.BUSY);
        assertThat(busy.retryAfter()).hasValue(Duration.ofSeconds(7));
        assertThat(busy.message(Locale.ENGLISH)).contains("429").contains("busy");
        assertThat(unavailable.status()).isEqualTo(Status.BUSY);
        assertThat(unavailable.retryAfter()).isEmpty();
        assertThat(old.status()).isEqualTo(Status.SERVER_TOO_OLD);
        assertThat(kiosk.acknowledged).isEmpty();
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATimeout() {
        kiosk.count("2026-12-01", 1);
        server.fault(Fault.SLOW, 1);

        SyncOutcome outcome;
        try (SyncClient client = client(server.uri(), Duration.ofMillis(300))) {
            outcome = client.runOnce();
        }

        assertThat(outcome.status()).isEqualTo(Status.TIMED_OUT);
        assertThat(kiosk.acknowledged).isEmpty();
    }

    @Test
    void aServerThatHangsUpOrIsNotThereCannotBeConnectedTo() throws IOException {
        kiosk.count("2026-12-01", 1);
        URI nobody;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + closed.getLocalPort());
        }
        SyncOutcome refused;
        try (SyncClient client = client(nobody)) {
            refused = client.runOnce();
        }
        SyncOutcome hungUp;
        try (ServerSocket hangsUp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = hangsUp.accept()) {
                    s.getInputStream().read(); // the request starts, then the line goes dead
                } catch (IOException ignored) {
                    // the test's end closes the socket
                }
            });
            try (SyncClient client = client(URI.create("http://127.0.0.1:" + hangsUp.getLocalPort()))) {
                hungUp = client.runOnce();
            }
        }

        assertThat(refused.status()).isEqualTo(Status.CANNOT_CONNECT);
        assertThat(hungUp.status()).isEqualTo(Status.CANNOT_CONNECT);
        assertThat(kiosk.acknowledged).isEmpty();
    }

    @Test
    void aKioskWhoseDataCannotBeReadSaysSoAndSendsNothing() {
        kiosk.failRead = new IllegalStateException("disk gone");

        SyncOutcome outcome = once();

        assertThat(outcome.status()).isEqualTo(Status.KIOSK_DATA_UNREADABLE);
        assertThat(server.requests()).isEmpty();
        assertThat(kiosk.outcomes).containsExactly(outcome);
    }

    @Test
    void everyOutcomeHasASentenceInBothLanguages() {
        for (Status status : Status.values()) {
            SyncOutcome outcome = new SyncOutcome(status, java.time.Instant.EPOCH, 2, 1, 10, 99, 503,
                    Optional.of(Duration.ofSeconds(30)), "");
            String vi = outcome.message(Locale.forLanguageTag("vi"));
            String en = outcome.message(Locale.ENGLISH);
            assertThat(vi).as(status.name()).isNotBlank().isNotEqualTo(en);
            assertThat(en).as(status.name()).isNotBlank();
            assertThat(outcome.bothLanguages()).isEqualTo(vi + " / " + en);
        }
    }
}
