package vn.tiepdon.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.io.BankDirectoryFiles;

class CustomerDisplayTest {

    private static final String HOSPITAL = "Bệnh viện Demo Tiếp Đón";

    @TempDir
    Path dataDir;

    private DeskFixture fixture;
    private CustomerDisplay display;
    private final List<DisplayScreen> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new DeskFixture(dataDir);
        display = new CustomerDisplay(HOSPITAL, CustomerDisplay.bankName(BankDirectoryFiles.bundled(), "970436"),
                fixture.desk, Duration.ofSeconds(10));
        fixture.desk.addListener(display);
        display.addListener(shown::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void idleShowsTheHospitalName() {
        assertThat(display.screen()).isEqualTo(new DisplayScreen.Idle(HOSPITAL));
    }

    @Test
    void aNewRequestShowsItsCodeBankAmountInDigitsAndWordsBillAndCountdown() {
        TrackedOrder order = fixture.desk.request(150_000, "HD123", "Viện phí");

        assertThat(display.screen()).isInstanceOfSatisfying(DisplayScreen.AwaitingPayment.class, a -> {
            assertThat(a.hospitalName()).isEqualTo(HOSPITAL);
            assertThat(a.bankName()).isEqualTo("Vietcombank (VCB)");
            assertThat(a.amountDigits()).isEqualTo("150.000 đ");
            assertThat(a.amountWords()).isEqualTo("Một trăm năm mươi nghìn đồng");
            assertThat(a.billNumber()).isEqualTo("HD123");
            assertThat(a.payload()).isEqualTo(order.payload());
            assertThat(a.countdown()).isEqualTo("15:00");
        });
    }

    @Test
    void theCountdownMovesWithTheClockAndAtZeroTheCodeExpires() {
        fixture.desk.request(150_000, "HD123", "");
        fixture.clock.advance(Duration.ofMinutes(14).plusSeconds(58).plusMillis(500));
        display.tick();
        assertThat(((DisplayScreen.AwaitingPayment) display.screen()).countdown()).isEqualTo("00:02");

        fixture.clock.advance(Duration.ofMillis(1500));
        display.tick();

        assertThat(display.screen()).isEqualTo(new DisplayScreen.Expired(HOSPITAL, "HD123"));
        assertThat(fixture.outcomes()).containsExactly(EventKind.PAYMENT_EXPIRED);
    }

    @Test
    void aPaidBillSaysSoAndGivesWayToTheWelcomeAfterThePause() {
        fixture.desk.request(150_000, "HD123", "");
        fixture.desk.receive(new TransferNotification("FT1", 150_000, "HD123", fixture.clock.instant()));

        assertThat(display.screen()).isEqualTo(new DisplayScreen.Paid(HOSPITAL, 150_000, "HD123"));
        fixture.clock.advance(Duration.ofSeconds(9));
        display.tick();
        assertThat(display.screen()).isInstanceOf(DisplayScreen.Paid.class);
        fixture.clock.advance(Duration.ofSeconds(1));
        display.tick();
        assertThat(display.screen()).isEqualTo(new DisplayScreen.Idle(HOSPITAL));
    }

    @Test
    void aShortPaymentTellsTheCustomerToWaitAndStaysUntilTheCashierActs() {
        fixture.desk.request(150_000, "HD123", "");
        fixture.desk.receive(new TransferNotification("FT1", 100_000, "HD123", fixture.clock.instant()));

        assertThat(display.screen()).isEqualTo(new DisplayScreen.ShortPaid(HOSPITAL, 150_000, 100_000, "HD123"));
        fixture.clock.advance(Duration.ofMinutes(30));
        display.tick();
        assertThat(display.screen()).isInstanceOf(DisplayScreen.ShortPaid.class);

        fixture.desk.markPaid("HD123", PaymentOutcome.Method.CASH, "thu thêm tiền mặt");
        assertThat(display.screen()).isEqualTo(new DisplayScreen.Paid(HOSPITAL, 150_000, "HD123"));
    }

    @Test
    void aCancelledBillSaysSo() {
        fixture.desk.request(150_000, "HD123", "");
        fixture.desk.cancel("HD123", "khách đổi ý");

        assertThat(display.screen()).isEqualTo(new DisplayScreen.Cancelled(HOSPITAL, "HD123"));
    }

    @Test
    void theDisplayFollowsTheLatestRequestAndIgnoresOtherBills() {
        fixture.desk.request(150_000, "HD1", "");
        fixture.desk.request(80_000, "HD2", "");
        assertThat(((DisplayScreen.AwaitingPayment) display.screen()).billNumber()).isEqualTo("HD2");

        fixture.desk.receive(new TransferNotification("FT1", 150_000, "HD1", fixture.clock.instant()));
        assertThat(((DisplayScreen.AwaitingPayment) display.screen()).billNumber()).isEqualTo("HD2");

        fixture.desk.reshow("HD2");
        fixture.desk.cancel("HD2", "khách đổi ý");
        assertThat(display.screen()).isEqualTo(new DisplayScreen.Cancelled(HOSPITAL, "HD2"));
    }

    @Test
    void anExpiredBillShownAgainGetsAFreshCountdown() {
        fixture.desk.request(150_000, "HD1", "");
        fixture.clock.advance(Duration.ofMinutes(16));
        display.tick();
        assertThat(display.screen()).isEqualTo(new DisplayScreen.Expired(HOSPITAL, "HD1"));

        fixture.desk.reshow("HD1");

        assertThat(display.screen()).isInstanceOfSatisfying(DisplayScreen.AwaitingPayment.class,
                a -> assertThat(a.countdown()).isEqualTo("15:00"));
    }

    @Test
    void theCountdownIsToldOncePerSecondNotOnEveryTick() {
        fixture.desk.request(150_000, "HD1", "");
        int before = shown.size();
        fixture.clock.advance(Duration.ofMillis(200));
        display.tick();
        fixture.clock.advance(Duration.ofMillis(900));
        display.tick();

        assertThat(shown.subList(before, shown.size())).hasSize(1);
    }

    @Test
    void anUnknownBankIsNamedByItsBin() {
        assertThat(CustomerDisplay.bankName(BankDirectoryFiles.bundled(), "123456")).isEqualTo("123456");
    }

    @Test
    void countdownsRoundUpAndNeverGoNegative() {
        assertThat(Countdown.mmss(Duration.ofMinutes(15))).isEqualTo("15:00");
        assertThat(Countdown.mmss(Duration.ofMillis(59_001))).isEqualTo("01:00");
        assertThat(Countdown.mmss(Duration.ofSeconds(-5))).isEqualTo("00:00");
    }
}
