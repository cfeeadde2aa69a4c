package vn.tiepdon.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.CashlessShare;
import vn.tiepdon.payment.LateTransfer.Handling;
import vn.tiepdon.payment.MaskedAccount;
import vn.tiepdon.payment.OrderStatus;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.store.SqlitePaymentOrders;

class CashierBoardTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    private DeskFixture fixture;
    private CashierBoard board;
    private final CashierTexts texts = new CashierTexts();
    private int refreshes;

    @BeforeEach
    void open() {
        fixture = new DeskFixture(dataDir);
        board = new CashierBoard(fixture.desk, texts);
        fixture.desk.addListener(board);
        board.addListener(() -> refreshes++);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRequestTypedWithThousandsSeparatorsIsListedAndSaidInWords() {
        ActionResult result = board.request("150.000", " HD123 ", "Viện phí");

        assertThat(result.done()).isTrue();
        assertThat(result.message().vi()).isEqualTo("Đã hiện mã cho hóa đơn HD123: 150.000 đ.");
        assertThat(board.rows()).extracting(WaitingRow::billNumber, WaitingRow::amountDong, WaitingRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HD123", 150_000L, OrderStatus.OPEN));
        assertThat(refreshes).isEqualTo(1);
        assertThat(board.rows().getFirst().describe(texts, fixture.clock.instant()).vi())
                .isEqualTo("HD123   150.000 đ   còn 15:00");
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsMade() {
        assertThat(board.request("một trăm", "HD1", "").message().vi()).contains("Số tiền phải là số đồng");
        assertThat(board.request("150000", "  ", "").message().vi()).isEqualTo("Cần nhập số hóa đơn.");
        assertThat(board.request("0", "HD1", "").message().vi()).startsWith("Số tiền: phải từ 1 đến");
        ActionResult tooLong = board.request("150000", "HD" + "9".repeat(30), "");
        assertThat(tooLong.done()).isFalse();
        assertThat(tooLong.message().vi()).isEqualTo("Số hóa đơn: dài quá 25 ký tự.");
        assertThat(tooLong.message().en()).isEqualTo("Bill number: longer than 25 characters.");
        assertThat(board.request("150000", "HD 1", "").message().vi()).startsWith("Số hóa đơn: chỉ dùng");
        assertThat(board.rows()).isEmpty();
    }

    @Test
    void aSecondRequestForAnOpenBillPointsToShowItAgain() {
        board.request("150000", "HD1", "");

        ActionResult again = board.request("150000", "HD1", "");

        assertThat(again.done()).isFalse();
        assertThat(again.message().vi()).contains("đang có mã chờ thanh toán").contains("Hiện lại mã");
        assertThat(board.reshow("HD1").done()).isTrue();
    }

    @Test
    void cancellingNeedsAReasonAndIsRecorded() {
        board.request("150000", "HD1", "");

        ActionResult withoutReason = board.cancel("HD1", "  ");
        assertThat(withoutReason.done()).isFalse();
        assertThat(withoutReason.message().vi()).isEqualTo("Cần ghi lý do cho hóa đơn HD1.");

        assertThat(board.cancel("HD1", "khách đổi ý").done()).isTrue();
        assertThat(board.rows()).isEmpty();
        assertThat(fixture.desk.status("HD1").orElseThrow().reason()).contains("khách đổi ý");
    }

    @Test
    void markingPaidInCashOrByHandRecordsTheMethodAndReason() {
        board.request("150000", "HD1", "");
        board.request("80000", "HD2", "");

        assertThat(board.markPaid("HD1", PaymentOutcome.Method.CASH, "khách trả tiền mặt").message().vi())
                .isEqualTo("Đã ghi nhận thu tiền mặt cho hóa đơn HD1.");
        assertThat(board.markPaid("HD2", PaymentOutcome.Method.MANUAL, "thấy tiền về trong app").done()).isTrue();

        assertThat(fixture.desk.status("HD1").orElseThrow().paidMethod()).contains(PaymentOutcome.Method.CASH);
        assertThat(fixture.desk.status("HD2").orElseThrow().reason()).contains("thấy tiền về trong app");
        assertThat(fixture.cashless(DAY).paidCount()).isEqualTo(2);
        assertThat(board.rows()).isEmpty();
    }

    @Test
    void aPaidBillCannotBeCancelled() {
        board.request("150000", "HD1", "");
        board.markPaid("HD1", PaymentOutcome.Method.CASH, "tiền mặt");

        ActionResult cancel = board.cancel("HD1", "nhầm");

        assertThat(cancel.done()).isFalse();
        assertThat(cancel.message().vi()).contains("đã thanh toán hoặc đã đóng");
        assertThat(board.cancel("HD404", "nhầm").message().vi()).contains("Không có yêu cầu thanh toán");
    }

    @Test
    void aShortPaymentIsFlaggedWithWhatArrivedAndWhatIsMissing() {
        board.request("150000", "HD1", "");
        fixture.desk.receive(new TransferNotification("FT1", 100_000, "HD1", fixture.clock.instant()));

        WaitingRow row = board.rows().getFirst();
        assertThat(row.shortPaid()).isTrue();
        assertThat(row.receivedDong()).isEqualTo(OptionalLong.of(100_000));
        assertThat(row.describe(texts, fixture.clock.instant()).vi())
                .isEqualTo("HD1   150.000 đ   CHƯA ĐỦ: nhận 100.000 đ, thiếu 50.000 đ");
    }

    @Test
    void theCashierHearsWhenTheBankPaysABillOrBringsTooLittle() {
        java.util.List<ActionResult> news = new java.util.ArrayList<>();
        board.addNewsListener(news::add);
        board.request("150000", "HD1", "");
        board.request("150000", "HD2", "");
        board.markPaid("HD2", PaymentOutcome.Method.CASH, "tiền mặt");

        fixture.desk.receive(new TransferNotification("FT1", 150_000, "HD1", fixture.clock.instant()));
        board.request("80000", "HD3", "");
        fixture.desk.receive(new TransferNotification("FT2", 50_000, "HD3", fixture.clock.instant()));

        assertThat(news).extracting(ActionResult::done).containsExactly(true, false);
        assertThat(news.get(0).message().vi()).isEqualTo("Hóa đơn HD1: đã nhận chuyển khoản 150.000 đ.");
        assertThat(news.get(1).message().vi()).startsWith("Hóa đơn HD3: chỉ nhận 50.000 đ, thiếu 30.000 đ.");
    }

    @Test
    void anExpiredBillLeavesTheListAtTheNextTick() {
        board.request("150000", "HD1", "");
        fixture.clock.advance(Duration.ofMinutes(14));
        board.tick();
        assertThat(board.rows()).hasSize(1);

        fixture.clock.advance(Duration.ofMinutes(1));
        board.tick();

        assertThat(board.rows()).isEmpty();
        assertThat(fixture.desk.status("HD1").orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
    }

    /** The cashier sees money that came late for a closed bill, hears of it, and records or refunds it. */
    @Nested
    class LateTransfers {

        private final List<ActionResult> news = new ArrayList<>();

        @BeforeEach
        void requestHd1() {
            board.addNewsListener(news::add);
            board.request("150000", "HD1", "");
        }

        @Test
        void moneyAfterTheKioskPatientChoseTheCounterIsListedAndAnnounced() {
            board.cancel("HD1", "Thanh toán tại quầy");

            transfer("FT1", 150_000);

            assertThat(board.lateRows()).singleElement().satisfies(row -> assertThat(
                    row.describe(texts, ZoneOffset.UTC)).isEqualTo(new Bilingual(
                            "HD1   150.000 đ   sau khi huỷ   lúc 03:00\nMã GD: FT1   TK chuyển: không rõ",
                            "HD1   150.000 đ   after cancelling   at 03:00\nRef: FT1   From account: unknown"
                    )));
            assertThat(news).last().satisfies(said -> {
                assertThat(said.done()).isFalse();
                assertThat(said.message().vi()).startsWith("Tiền đến sau: hóa đơn HD1, 150.000 đ (sau khi huỷ).");
                assertThat(said.message().en()).startsWith("Late transfer: bill HD1, 150.000 đ (after cancelling).");
            });
        }

        @Test
        void moneyAfterExpiryRecordedAsThePaymentCountsOnceAndLeavesTheList() {
            fixture.clock.advance(Duration.ofMinutes(16));
            transfer("FT1", 150_000);
            assertThat(board.lateRows()).extracting(row -> row.describe(texts, ZoneOffset.UTC).vi())
                    .containsExactly("HD1   150.000 đ   sau khi hết hạn   lúc 03:16\n"
                            + "Mã GD: FT1   TK chuyển: không rõ");

            ActionResult withoutNote = board.handleLate("FT1", Handling.RECORDED, " ");
            ActionResult recorded = board.handleLate("FT1", Handling.RECORDED, "Khách chuyển muộn");
            ActionResult twice = board.handleLate("FT1", Handling.RECORDED, "lần nữa");

            assertThat(withoutNote.message().vi()).isEqualTo("Cần ghi lý do cho hóa đơn HD1.");
            assertThat(recorded.done()).isTrue();
            assertThat(recorded.message().vi()).isEqualTo("Đã ghi nhận 150.000 đ đến sau là thanh toán của hóa đơn HD1.");
            assertThat(twice.done()).isFalse();
            assertThat(board.lateRows()).isEmpty();
            assertThat(fixture.desk.status("HD1").orElseThrow().status()).isEqualTo(OrderStatus.PAID);
            assertThat(fixture.cashless(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
        }

        @Test
        void theRestOfAShortPaymentPaysTheBillWithoutALateRow() {
            transfer("FT1", 100_000);

            transfer("FT2", 50_000);

            assertThat(board.rows()).isEmpty();
            assertThat(board.lateRows()).isEmpty();
            assertThat(news).last().satisfies(said ->
                    assertThat(said.message().vi()).isEqualTo("Hóa đơn HD1: đã nhận chuyển khoản 150.000 đ."));
        }

        @Test
        void moneyForABillPaidTwiceIsRefundedNotCountedAndCannotBeRecorded() {
            board.markPaid("HD1", PaymentOutcome.Method.CASH, "tiền mặt");
            transfer("FT1", 150_000);
            assertThat(board.lateRows()).extracting(row -> row.describe(texts, ZoneOffset.UTC).vi())
                    .containsExactly("HD1   150.000 đ   đã trả rồi   lúc 03:00\n"
                            + "Mã GD: FT1   TK chuyển: không rõ");

            ActionResult record = board.handleLate("FT1", Handling.RECORDED, "ghi");
            ActionResult refund = board.handleLate("FT1", Handling.REFUND, "Khách đã trả tiền mặt, hoàn chuyển khoản");

            assertThat(record.done()).isFalse();
            assertThat(record.message().vi()).contains("HD1").contains("đã thanh toán hoặc đã đóng");
            assertThat(refund.message().vi()).isEqualTo("Đã đánh dấu cần hoàn 150.000 đ cho hóa đơn HD1.");
            assertThat(board.lateRows()).isEmpty();
            assertThat(board.refundRows()).extracting(LateRow::reference).containsExactly("FT1");
            assertThat(fixture.cashless(DAY)).isEqualTo(new CashlessShare(1, 0, 150_000, 0));
        }

        @Test
        void lateMoneyTakenByAnotherProcessOnTheSameDatabaseShowsWithinTenSeconds() {
            board.cancel("HD1", "Thanh toán tại quầy");
            PaymentDesk kiosk = new PaymentDesk(DeskFixture.ACCOUNT,
                    new SqlitePaymentOrders(fixture.database, DeskFixture.ZONE, "K01"), fixture.clock);
            kiosk.receive(new TransferNotification("FT1", 150_000, "HD1", fixture.clock.instant()));
            int before = refreshes;

            board.tick();
            assertThat(board.lateRows()).isEmpty();
            fixture.clock.advance(Duration.ofSeconds(10));
            board.tick();
            board.tick();

            assertThat(board.lateRows()).extracting(LateRow::reference).containsExactly("FT1");
            assertThat(refreshes).isEqualTo(before + 1);
            assertThat(news).filteredOn(said -> said.message().vi().startsWith("Tiền đến sau")).hasSize(1);
        }

        @Test
        void theBanksReferenceAndTheSendersMaskedAccountAreShownForARefund() {
            board.cancel("HD1", "Thanh toán tại quầy");

            fixture.desk.receive(new TransferNotification("sepay:900920", 150_000, "MBVCB.3278907687 HD1",
                    fixture.clock.instant(), "MBVCB.3278907687", MaskedAccount.of("0071 0009 12345")));

            assertThat(board.lateRows()).singleElement().satisfies(row -> assertThat(
                    row.describe(texts, ZoneOffset.UTC)).isEqualTo(new Bilingual(
                            "HD1   150.000 đ   sau khi huỷ   lúc 03:00\nMã GD: MBVCB.3278907687   TK chuyển: ******2345",
                            "HD1   150.000 đ   after cancelling   at 03:00\n"
                                    + "Ref: MBVCB.3278907687   From account: ******2345")));
        }

        /** Money marked to refund is owed to its sender: it stays listed, across a restart, until it is given back. */
        @Test
        void moneyMarkedToRefundStaysListedUntilMarkedRefunded() {
            board.cancel("HD1", "Thanh toán tại quầy");
            fixture.clock.advance(Duration.ofMinutes(16));
            fixture.desk.receive(new TransferNotification("FT1", 150_000, "HD1", fixture.clock.instant(), "FT1",
                    MaskedAccount.of("0071000912345")));

            ActionResult marked = board.handleLate("FT1", Handling.REFUND, "Khách đã trả tiền mặt");

            assertThat(marked.done()).isTrue();
            assertThat(board.lateRows()).isEmpty();
            assertThat(board.refundRows()).extracting(row -> row.describeRefund(texts, ZoneOffset.UTC))
                    .containsExactly(new Bilingual(
                            "HD1   150.000 đ   nhận lúc 03:16 25/11\nMã GD: FT1   TK chuyển: ******2345",
                            "HD1   150.000 đ   received 03:16 25/11\nRef: FT1   From account: ******2345"));
            CashierBoard afterRestart = new CashierBoard(fixture.desk, texts);
            afterRestart.refresh();
            assertThat(afterRestart.refundRows()).extracting(LateRow::reference).containsExactly("FT1");

            ActionResult withoutNote = board.markRefunded("FT1", "  ");
            fixture.clock.advance(Duration.ofDays(1));
            ActionResult refunded = board.markRefunded("FT1", "Đã hoàn qua app, mã FT26330123");
            ActionResult twice = board.markRefunded("FT1", "lần nữa");

            assertThat(withoutNote.message().vi()).isEqualTo("Cần ghi lý do cho hóa đơn HD1.");
            assertThat(refunded.done()).isTrue();
            assertThat(refunded.message()).isEqualTo(new Bilingual("Đã ghi nhận đã hoàn 150.000 đ của hóa đơn HD1.",
                    "Recorded the 150.000 đ of bill HD1 as refunded."));
            assertThat(twice.done()).isFalse();
            assertThat(twice.message().vi()).isEqualTo("Khoản tiền của hóa đơn HD1 không có trong danh sách chờ hoàn "
                    + "tiền: đã hoàn rồi, hoặc chưa đánh dấu cần hoàn tiền.");
            assertThat(board.refundRows()).isEmpty();
            assertThat(fixture.cashless(DAY)).as("refunded money is never counted as paid")
                    .isEqualTo(new CashlessShare(0, 0, 0, 0));
        }

        @Test
        void onlyMoneyMarkedToRefundCanBeMarkedRefunded() {
            board.cancel("HD1", "Thanh toán tại quầy");
            transfer("FT1", 150_000);

            ActionResult notMarked = board.markRefunded("FT1", "hoàn");
            ActionResult unknown = board.markRefunded("FT404", "hoàn");

            assertThat(notMarked.message().en()).isEqualTo("The money for bill HD1 is not among the refunds to make: "
                    + "it was refunded already, or not marked to refund.");
            assertThat(unknown.message().vi()).isEqualTo("Không có yêu cầu thanh toán nào cho hóa đơn FT404.");
            assertThat(board.lateRows()).extracting(LateRow::reference).containsExactly("FT1");
            assertThat(board.refundRows()).isEmpty();
        }

        private void transfer(String reference, long amount) {
            fixture.desk.receive(new TransferNotification(reference, amount, "HD1", fixture.clock.instant()));
        }
    }
}
