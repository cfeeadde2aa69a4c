package vn.tiepdon.payment.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.DecodeResult;
import vn.tiepdon.payment.LateTransfer;
import vn.tiepdon.payment.MaskedAccount;
import vn.tiepdon.payment.PaymentAccount;
import vn.tiepdon.payment.ServiceCode;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.PaymentRequest;
import vn.tiepdon.payment.VietQr;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.store.SqlitePaymentOrders;
import vn.tiepdon.testing.CountedEvents;
import vn.tiepdon.testing.MovableClock;

/** The API end to end on loopback: real HTTP, real SQLite, a clock the test moves. */
class PaymentApiTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final String SEPAY_KEY = "sepay-key-0123456789";
    private static final byte[] SECRET = "webhook-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final Instant START = Instant.parse("2026-11-25T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HD123_REQUEST = "{\"amount\":150000,\"billNumber\":\"HD123\"}";

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private KioskDatabase database;
    private PaymentApi api;
    private PaymentDesk desk;

    @BeforeEach
    void start() throws IOException {
        database = KioskDatabase.open(dataDir);
        PaymentApiSettings settings = new PaymentApiSettings(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, SECRET, Optional.of(SEPAY_KEY));
        PaymentAccount account = new PaymentAccount("970436", "0011001234567", ServiceCode.ACCOUNT,
                Optional.of(PaymentAccount.HOSPITALS), Duration.ofMinutes(15));
        desk = new PaymentDesk(account, new SqlitePaymentOrders(database, ZoneId.of("Asia/Ho_Chi_Minh"), "Q01"), clock);
        api = PaymentApi.start(settings, desk);
    }

    @AfterEach
    void stop() {
        api.close();
        database.close();
    }

    /** How bills ended, as counted: requests left out. */
    private List<EventKind> outcomes() {
        return CountedEvents.payments(database.file()).stream().map(CountedEvents.Row::kind)
                .filter(kind -> kind != EventKind.PAYMENT_REQUESTED).toList();
    }

    private CashlessShare cashless() {
        return new SqliteEventTotals(database).indicators(DAY, DAY).cashless();
    }

    @Test
    void aPostedRequestIsOpenWithAPayloadForTheBill() throws Exception {
        HttpResponse<String> created = postPayment("""
                {"amount":150000,"billNumber":"HD123","purpose":"Viện phí"}""", TOKEN);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("status").asText()).isEqualTo("OPEN");
        assertThat(body.get("billNumber").asText()).isEqualTo("HD123");
        assertThat(body.get("amount").asLong()).isEqualTo(150_000);
        assertThat(body.get("expiresAt").asText()).isEqualTo("2026-11-25T03:15:00Z");
        DecodeResult decoded = VietQr.decode(body.get("payload").asText());
        assertThat(decoded).isInstanceOfSatisfying(DecodeResult.Decoded.class, d -> assertThat(d.payment().toRequest())
                .isEqualTo(PaymentRequest.toAccount("970436", "0011001234567").withAmount(150_000)
                        .withBillNumber("HD123").withPurpose("HD123 Vien phi").withMerchantCategory("8062")));

        HttpResponse<String> shown = get("/payments/HD123", TOKEN);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shown.body())).isEqualTo(body);
    }

    @Test
    void requestsWithoutTheRightTokenAreRefused() throws Exception {
        assertThat(postPayment(HD123_REQUEST, null).statusCode()).isEqualTo(401);
        assertThat(postPayment(HD123_REQUEST, TOKEN + "x").statusCode())
                .isEqualTo(401);
        assertThat(get("/payments/HD123", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/payments/HD123", TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsA400NamingTheFieldAndASecondOpenRequestForTheBillA409() throws Exception {
        assertError(postPayment("{\"amount\":-5,\"billNumber\":\"HD123\"}", TOKEN), 400, "amount");
        assertError(postPayment("{\"amount\":1.5,\"billNumber\":\"HD123\"}", TOKEN), 400, "amount");
        assertError(postPayment("{\"amount\":150000}", TOKEN), 400, "billNumber");
        assertError(postPayment("{\"amount\":150000,\"billNumber\":\"" + "9".repeat(30) + "\"}", TOKEN),
                400, "billNumber");
        HttpResponse<String> malformed = postPayment("{\"amount\":", TOKEN);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "at com.", "at vn.");

        assertThat(postPayment(HD123_REQUEST, TOKEN).statusCode()).isEqualTo(201);
        assertError(postPayment(HD123_REQUEST, TOKEN), 409, "billNumber");
    }

    @Test
    void aSignedTransferPaysTheBillAndCountsAsCashless() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        clock.advance(Duration.ofSeconds(40));

        HttpResponse<String> reply = notify(transfer("FT26329001", 150_000, "MBVCB.8812 HD123 Vien phi"), true);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("PAID");
        assertThat(status("HD123")).isEqualTo("PAID");
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
        assertThat(CountedEvents.payments(database.file()).getLast().millis()).as("time to pay").hasValue(40_000);
    }

    @Test
    void aWrongSignatureIsRefusedAndChangesNothing() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        String body = transfer("FT26329001", 150_000, "HD123");
        Logger logger = (Logger) LoggerFactory.getLogger(TransferWebhookHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);

        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(uri(TransferWebhookHandler.PATH))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = notify(body, false);

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        logger.detachAppender(logged);
        assertThat(logged.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("signature").doesNotContain("FT26329001", "HD123");
        });
        assertThat(status("HD123")).isEqualTo("OPEN");
        assertThat(outcomes()).isEmpty();
        // The refused reference was not remembered: the genuine notification still pays.
        assertThat(JSON.readTree(notify(body, true).body()).get("result").asText()).isEqualTo("PAID");
    }

    @Test
    void theSameNotificationTwiceIsADuplicateAndChangesNothing() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        String body = transfer("FT26329001", 150_000, "HD123");
        notify(body, true);

        HttpResponse<String> again = notify(body, true);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("result").asText()).isEqualTo("DUPLICATE");
        assertThat(status("HD123")).isEqualTo("PAID");
        assertThat(outcomes()).containsExactly(EventKind.PAYMENT_PAID);
    }

    @Test
    void aShortTransferIsFlaggedAndNotPaid() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);

        HttpResponse<String> reply = notify(transfer("FT26329002", 100_000, "HD123"), true);

        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("SHORT_PAYMENT");
        JsonNode shown = JSON.readTree(get("/payments/HD123", TOKEN).body());
        assertThat(shown.get("status").asText()).isEqualTo("SHORT_PAID");
        assertThat(shown.get("received").asLong()).isEqualTo(100_000);
        assertThat(cashless().paidCount()).isZero();
    }

    @Test
    void aTransferNamingNoOpenBillIsUnmatched() throws Exception {
        HttpResponse<String> reply = notify(transfer("FT26329003", 50_000, "CHUYEN TIEN AN TRUA"), true);

        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("UNMATCHED");
    }

    @Test
    void aSignedTransferAfterThePatientChoseTheCounterIsLateAndKeptForTheCashierOnce() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        desk.cancel("HD123", "Thanh toán tại quầy");
        String body = transfer("FT26329010", 150_000, "MBVCB.1 HD123 Vien phi");

        HttpResponse<String> reply = notify(body, true);
        HttpResponse<String> retried = notify(body, true);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("LATE");
        assertThat(JSON.readTree(retried.body()).get("result").asText()).isEqualTo("DUPLICATE");
        assertThat(status("HD123")).isEqualTo("CANCELLED");
        assertThat(desk.lateTransfers()).extracting(LateTransfer::why).containsExactly(LateTransfer.Why.AFTER_CANCEL);
    }

    @Test
    void signedTransfersAfterExpiryAndForAPaidBillAreLateAndTheRestOfAShortOnePays() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        postPayment("{\"amount\":90000,\"billNumber\":\"HD124\"}", TOKEN);
        notify(transfer("FT1", 50_000, "HD124"), true);
        String rest = JSON.readTree(notify(transfer("FT2", 40_000, "HD124 con lai"), true).body())
                .get("result").asText();
        String twice = JSON.readTree(notify(transfer("FT3", 90_000, "HD124"), true).body()).get("result").asText();
        clock.advance(Duration.ofMinutes(16));
        String expired = JSON.readTree(notify(transfer("FT4", 150_000, "HD123"), true).body()).get("result").asText();

        assertThat(rest).isEqualTo("PAID");
        assertThat(twice).isEqualTo("LATE");
        assertThat(expired).isEqualTo("LATE");
        assertThat(desk.lateTransfers()).extracting(LateTransfer::why)
                .containsExactly(LateTransfer.Why.ALREADY_PAID, LateTransfer.Why.AFTER_EXPIRY);
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 90_000, 90_000));
    }

    @Test
    void aSepayTransferForABillAlreadyPaidIsLate() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        notify(transfer("FT1", 150_000, "HD123"), true);

        HttpResponse<String> reply = sepay("""
                {"id":92710,"content":"MBVCB.1 HD123","transferType":"in","transferAmount":150000}""",
                "Apikey " + SEPAY_KEY);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("LATE");
        assertThat(desk.lateTransfers()).extracting(LateTransfer::reference).containsExactly("sepay:92710");
    }

    @Test
    void theSendersAccountIsKeptOnlyMaskedAndAWrongOneIsA400NotEchoed() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        desk.cancel("HD123", "Thanh toán tại quầy");
        HttpResponse<String> wrong = notify(JSON.writeValueAsString(JSON.createObjectNode().put("reference", "FT8")
                .put("amount", 150_000).put("content", "HD123").put("senderAccount", "0071-0009-12345")), true);

        HttpResponse<String> reply = notify(JSON.writeValueAsString(JSON.createObjectNode().put("reference", "FT9")
                .put("amount", 150_000).put("content", "HD123").put("senderAccount", "0071000912345")), true);

        assertError(wrong, 400, "senderAccount");
        assertThat(wrong.body()).doesNotContain("0071");
        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("LATE");
        assertThat(desk.lateTransfers()).extracting(LateTransfer::bankReference, LateTransfer::sender)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FT9",
                        Optional.of(new MaskedAccount("******2345"))));
    }

    @Test
    void aSepayLateTransferKeepsTheBanksReferenceCode() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        desk.cancel("HD123", "Thanh toán tại quầy");

        sepay("""
                {"id":92711,"content":"MBVCB.3278907687 HD123","transferType":"in","transferAmount":150000,
                 "accountNumber":"0011000000000","referenceCode":"MBVCB.3278907687"}""", "Apikey " + SEPAY_KEY);

        assertThat(desk.lateTransfers()).extracting(LateTransfer::reference, LateTransfer::bankReference,
                LateTransfer::sender).containsExactly(org.assertj.core.groups.Tuple.tuple("sepay:92711",
                        "MBVCB.3278907687", Optional.empty()));
    }

    @Test
    void aSignedButMalformedNotificationIsA400() throws Exception {
        assertThat(notify("{not json", true).statusCode()).isEqualTo(400);
        assertError(notify("{\"reference\":\"FT1\",\"amount\":\"a lot\"}", true), 400, "amount");
    }

    @Test
    void anUnpaidRequestExpiresAndIsCountedAsExpired() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        clock.advance(Duration.ofMinutes(16));

        assertThat(status("HD123")).isEqualTo("EXPIRED");
        assertThat(CountedEvents.payments(database.file()))
                .extracting(CountedEvents.Row::kind, CountedEvents.Row::subject, CountedEvents.Row::amountDong)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_REQUESTED, "QR", 150_000L),
                        org.assertj.core.groups.Tuple.tuple(EventKind.PAYMENT_EXPIRED, "QR", 150_000L));
        assertThat(postPayment(HD123_REQUEST, TOKEN).statusCode()).isEqualTo(201);
    }

    @Test
    void aSepayNotificationWithTheApiKeyPaysTheBillOnceAndAWrongKeyIsRefused() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        // The shape of SePay's documented example (developer.sepay.vn, webhook quick start); values are ours.
        String body = """
                {"id":92704,"gateway":"Vietcombank","transactionDate":"2026-11-25 10:00:40",
                 "accountNumber":"0011001234567","code":null,"content":"MBVCB.3278907687 HD123 Vien phi",
                 "transferType":"in","transferAmount":150000,"accumulated":19077000,"subAccount":null,
                 "referenceCode":"MBVCB.3278907687","description":""}""";

        assertThat(sepay(body, "Apikey wrong-key-0123456789").statusCode()).isEqualTo(401);
        assertThat(sepay(body, null).statusCode()).isEqualTo(401);
        assertThat(status("HD123")).isEqualTo("OPEN");

        HttpResponse<String> paid = sepay(body, "Apikey " + SEPAY_KEY);
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(paid.body()).get("success").asBoolean()).isTrue();
        assertThat(JSON.readTree(paid.body()).get("result").asText()).isEqualTo("PAID");
        assertThat(JSON.readTree(sepay(body, "Apikey " + SEPAY_KEY).body()).get("result").asText())
                .isEqualTo("DUPLICATE");
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void aPaidBillRequestedAgainIsA409WithThePaidOrderAndIsNeverPaidTwice() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        notify(transfer("FT1", 150_000, "HD123"), true);

        HttpResponse<String> again = postPayment(HD123_REQUEST, TOKEN);
        String second = JSON.readTree(notify(transfer("FT2", 150_000, "HD123"), true).body()).get("result").asText();

        assertError(again, 409, "billNumber");
        JsonNode conflict = JSON.readTree(again.body());
        assertThat(conflict.get("status").asText()).isEqualTo("PAID");
        assertThat(conflict.get("paidBy").asText()).isEqualTo("QR");
        assertThat(conflict.get("received").asLong()).isEqualTo(150_000);
        assertThat(conflict.get("error").asText()).contains("paid");
        assertThat(status("HD123")).isEqualTo("PAID");
        assertThat(second).isEqualTo("LATE");
        assertThat(desk.lateTransfers()).extracting(LateTransfer::why).containsExactly(LateTransfer.Why.ALREADY_PAID);
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void aShortPaidBillRequestedAgainIsA409AndKeepsWhatArrived() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        notify(transfer("FT1", 100_000, "HD123"), true);

        HttpResponse<String> again = postPayment(HD123_REQUEST, TOKEN);

        assertError(again, 409, "billNumber");
        JsonNode shown = JSON.readTree(get("/payments/HD123", TOKEN).body());
        assertThat(shown.get("status").asText()).isEqualTo("SHORT_PAID");
        assertThat(shown.get("received").asLong()).isEqualTo(100_000);
    }

    @Test
    void aTransferTooLargeForAnyCodeIsRefusedAndTheShortPaidTotalStays() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        notify(transfer("FT1", 100_000, "HD123"), true);

        HttpResponse<String> huge = notify(transfer("FT2", Long.MAX_VALUE, "HD123"), true);
        HttpResponse<String> overLimit = notify(transfer("FT3", 10_000_000_000_000L, "HD123"), true);

        assertError(huge, 400, "amount");
        assertError(overLimit, 400, "amount");
        JsonNode shown = JSON.readTree(get("/payments/HD123", TOKEN).body());
        assertThat(shown.get("status").asText()).isEqualTo("SHORT_PAID");
        assertThat(shown.get("received").asLong()).isEqualTo(100_000);
        // The largest amount a code can carry is still money: it pays the rest.
        assertThat(JSON.readTree(notify(transfer("FT4", 9_999_999_999_999L, "HD123"), true).body())
                .get("result").asText()).isEqualTo("PAID");
    }

    @Test
    void aNotificationTimeYearsAwayIsReplacedByTheReceiveTimeAndFlagged() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        desk.cancel("HD123", "Thanh toán tại quầy");
        clock.advance(Duration.ofSeconds(30));

        HttpResponse<String> future = notify(signedTransfer("FT1", "2031-11-25T03:00:00Z"), true);
        HttpResponse<String> beyond = notify(signedTransfer("FT2", "+10000-01-01T00:00:00Z"), true);
        HttpResponse<String> past = notify(signedTransfer("FT3", "2019-01-01T00:00:00Z"), true);
        HttpResponse<String> daysAgo = notify(signedTransfer("FT4", "2026-11-23T03:00:00Z"), true);

        for (HttpResponse<String> far : List.of(future, beyond, past)) {
            assertThat(far.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(far.body()).get("result").asText()).isEqualTo("LATE");
            assertThat(JSON.readTree(far.body()).get("warning").asText()).contains("receive time");
        }
        assertThat(JSON.readTree(daysAgo.body()).has("warning")).isFalse();
        assertThat(desk.lateTransfers()).extracting(LateTransfer::receivedAt).containsExactly(
                Instant.parse("2026-11-25T03:00:30Z"), Instant.parse("2026-11-25T03:00:30Z"),
                Instant.parse("2026-11-25T03:00:30Z"), Instant.parse("2026-11-23T03:00:00Z"));
    }

    private static String signedTransfer(String reference, String time) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("reference", reference).put("amount", 150_000)
                .put("content", "HD123").put("time", time));
    }

    @Test
    void aBusyPortAndAnAddressNotOfThisComputerAreToldApart() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PaymentApiSettings busy = new PaymentApiSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    taken.getLocalPort()), TOKEN, SECRET, Optional.empty());
            // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a real machine's address; binding sends nothing.
            PaymentApiSettings elsewhere = new PaymentApiSettings(new InetSocketAddress(
                    InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 0), TOKEN, SECRET, Optional.empty());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaymentApi.start(busy, desk))
                    .isInstanceOfSatisfying(CannotListen.class,
                            e -> assertThat(e.reason()).isEqualTo(CannotListen.Reason.PORT_IN_USE))
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is used by another program");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaymentApi.start(elsewhere, desk))
                    .isInstanceOfSatisfying(CannotListen.class,
                            e -> assertThat(e.reason()).isEqualTo(CannotListen.Reason.NOT_THIS_COMPUTER))
                    .hasMessage("192.0.2.1 is not an address of this computer");
        }
    }

    @Test
    void portZeroIsAnnouncedAsThePortReallyListenedOn() throws Exception {
        assertThat(api.address().getPort()).isPositive();
        try (java.net.Socket reached = new java.net.Socket(InetAddress.getLoopbackAddress(),
                api.address().getPort())) {
            assertThat(reached.isConnected()).isTrue();
        }
    }

    @Test
    void stalledConnectionsDoNotDelayAnAuthorisedRequestOrANotification() throws Exception {
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                // Headers begun and never finished: no token needed to hold a connection open.
                stalled.add(stall("POST /payments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor"));
                // Headers whole, the body promised and never sent: the signature is checked only on the body.
                stalled.add(stall("POST /webhooks/transfer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 4000\r\n\r\n{\"reference\":"));
            }

            long start = System.nanoTime();
            // Bounded, so a server held up by the stalled ones fails this test instead of hanging it.
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(PaymentsHandler.PATH))
                    .timeout(Duration.ofSeconds(3)).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(HD123_REQUEST)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = transfer("FT1", 150_000, "HD123");
            HttpResponse<String> paid = http.send(HttpRequest.newBuilder(uri(TransferWebhookHandler.PATH))
                    .timeout(Duration.ofSeconds(3)).header("X-Signature", TransferSender.signature(SECRET,
                            body.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(paid.body()).get("result").asText()).isEqualTo("PAID");
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            // And the server lets go of them once they have been silent for its idle time: a blocking read
            // returns (the connection closed, or a 408) instead of waiting for ever.
            for (java.net.Socket socket : stalled) {
                socket.setSoTimeout((int) PaymentApi.IDLE.plusSeconds(10).toMillis());
                byte[] answer = socket.getInputStream().readAllBytes();
                assertThat(new String(answer, StandardCharsets.UTF_8)).doesNotContain("201", "PAID");
            }
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void headersTrickledByteByByteAreCutOffAtTheDeadlineThoughNeverIdle() throws Exception {
        java.util.concurrent.ScheduledExecutorService trickle =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (java.net.Socket socket = stall("POST /payments HTTP/1.1\r\nX-Slow: ")) {
            long start = System.nanoTime();
            // A byte a second: well inside the idle time, so only the headers' deadline can end it.
            trickle.scheduleAtFixedRate(() -> {
                try {
                    socket.getOutputStream().write('a');
                } catch (IOException closed) {
                    throw new java.io.UncheckedIOException(closed);
                }
            }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
            socket.setSoTimeout((int) PaymentApi.HEADERS_DEADLINE.plusSeconds(10).toMillis());

            // Whatever the server says as it closes (an error status, or nothing), it ends: the read reaches the end.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer).doesNotStartWith("HTTP/1.1 2");
            assertThat(took).isGreaterThan(PaymentApi.IDLE).isLessThan(PaymentApi.HEADERS_DEADLINE.plusSeconds(5));
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void aUrlTheServerCannotParseIsAJsonErrorNotAnHtmlPage() throws Exception {
        String reply = raw("GET /payments/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply).containsIgnoringCase("content-type: application/json");
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        assertThat(JSON.readTree(body).get("error").asText()).isNotBlank();
        assertThat(reply).doesNotContainIgnoringCase("<html").doesNotContain("Exception", "jetty", "Jetty");
    }

    @Test
    void unknownRoutesWrongMethodsAndLargeBodiesAreJsonErrors() throws Exception {
        HttpResponse<String> noRoute = get("/nothing/here", TOKEN);
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri(TransferWebhookHandler.PATH)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> large = postPayment("{\"purpose\":\"" + "x".repeat(70_000) + "\"}", TOKEN);

        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(large.statusCode()).isEqualTo(413);
        for (HttpResponse<String> refused : List.of(noRoute, wrongMethod, large)) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(JSON.readTree(refused.body()).get("error").asText()).isNotBlank();
        }
    }

    /** A loopback connection that sends these bytes and then nothing. */
    private java.net.Socket stall(String partial) throws IOException {
        java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), api.address().getPort());
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** One request written byte for byte (an HTTP client would refuse to send a malformed URL); the whole answer. */
    private String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), api.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSepayIdSentAsAFloatOrAsTextIsTheSameTransfer() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        String first = """
                {"id":900920,"content":"HD123","transferType":"in","transferAmount":150000}""";

        String paid = JSON.readTree(sepay(first, "Apikey " + SEPAY_KEY).body()).get("result").asText();
        List<String> retries = new java.util.ArrayList<>();
        for (String id : List.of("900920.0", "\"900920\"", "\"900920.00\"", "9.0092E5")) {
            retries.add(JSON.readTree(sepay(first.replace("900920", id), "Apikey " + SEPAY_KEY).body())
                    .get("result").asText());
        }

        assertThat(paid).isEqualTo("PAID");
        assertThat(retries).containsOnly("DUPLICATE");
        assertThat(desk.lateTransfers()).isEmpty();
        assertThat(cashless()).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
    }

    @Test
    void aNumericReferenceInTheGenericFormatIsTheSameWhateverItsSpelling() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        String first = "{\"reference\":4711,\"amount\":150000,\"content\":\"HD123\"}";

        String paid = JSON.readTree(notify(first, true).body()).get("result").asText();
        String again = JSON.readTree(notify(first.replace("4711", "4711.0"), true).body()).get("result").asText();

        assertThat(paid).isEqualTo("PAID");
        assertThat(again).isEqualTo("DUPLICATE");
    }

    @Test
    void anOutgoingSepayTransferIsAcknowledgedAndIgnored() throws Exception {
        postPayment(HD123_REQUEST, TOKEN);
        String body = """
                {"id":92705,"content":"HD123","transferType":"out","transferAmount":150000}""";

        HttpResponse<String> reply = sepay(body, "Apikey " + SEPAY_KEY);

        assertThat(JSON.readTree(reply.body()).get("result").asText()).isEqualTo("IGNORED");
        assertThat(status("HD123")).isEqualTo("OPEN");
    }

    private HttpResponse<String> sepay(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(SepayWebhookHandler.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String transfer(String reference, long amount, String content) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("reference", reference).put("amount", amount)
                .put("content", content).put("time", clock.instant().toString()));
    }

    private HttpResponse<String> notify(String body, boolean rightSecret) throws Exception {
        byte[] key = rightSecret ? SECRET : "another-secret-0123456789".getBytes(StandardCharsets.UTF_8);
        String signature = HexFormat.of().formatHex(Secrets.hmacSha256(key, body.getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(uri(TransferWebhookHandler.PATH)).header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postPayment(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(PaymentsHandler.PATH))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String status(String bill) throws Exception {
        return JSON.readTree(get("/payments/" + bill, TOKEN).body()).get("status").asText();
    }

    private static void assertError(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo(field);
    }

    private URI uri(String path) {
        InetSocketAddress address = api.address();
        return URI.create("http://127.0.0.1:" + address.getPort() + path);
    }
}
