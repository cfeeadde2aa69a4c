package vn.tiepdon.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.CashlessShare;
import vn.tiepdon.payment.LateTransfer.Handling;
import vn.tiepdon.payment.PaymentOutcome;
import vn.tiepdon.payment.TransferNotification;
import vn.tiepdon.store.SqlitePaymentOrders.Status;

/** The cashier sees money that came late for a closed bill, hears of it, and records or refunds it. */
class CashierBoardLateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dataDir;

    private DeskFixture fixture;
    private CashierBoard board;
    private final CashierTexts texts = new CashierTexts();
    private final List<ActionResult> news = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new DeskFixture(dataDir);
        board = new CashierBoard(fixture.desk, texts);
        fixture.desk.addListener(board);
        board.addNewsListener(news::add);
        board.request("150000", "HD1", "");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void moneyAfterTheKioskPatientChoseTheCounterIsListedAndAnnounced() {
        board.cancel("HD1", "Thanh toán tại quầy");

        transfer("FT1", 150_000);

        assertThat(board.lateRows()).singleElement().satisfies(row -> assertThat(
                row.describe(texts, ZoneOffset.UTC)).isEqualTo(new Bilingual(
                        "HD1   150.000 đ   sau khi huỷ   lúc 03:00", "HD1   150.000 đ   after cancelling   at 03:00")));
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
                .containsExactly("HD1   150.000 đ   sau khi hết hạn   lúc 03:16");

        ActionResult withoutNote = board.handleLate("FT1", Handling.RECORDED, " ");
        ActionResult recorded = board.handleLate("FT1", Handling.RECORDED, "Khách chuyển muộn");
        ActionResult twice = board.handleLate("FT1", Handling.RECORDED, "lần nữa");

        assertThat(withoutNote.message().vi()).isEqualTo("Cần ghi lý do cho hóa đơn HD1.");
        assertThat(recorded.done()).isTrue();
        assertThat(recorded.message().vi()).isEqualTo("Đã ghi nhận 150.000 đ đến sau là thanh toán của hóa đơn HD1.");
        assertThat(twice.done()).isFalse();
        assertThat(board.lateRows()).isEmpty();
        assertThat(fixture.desk.status("HD1").orElseThrow().status()).isEqualTo(Status.PAID);
        assertThat(fixture.outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(1, 1, 150_000, 150_000));
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
                .containsExactly("HD1   150.000 đ   đã trả rồi   lúc 03:00");

        ActionResult record = board.handleLate("FT1", Handling.RECORDED, "ghi");
        ActionResult refund = board.handleLate("FT1", Handling.REFUND, "Khách đã trả tiền mặt, hoàn chuyển khoản");

        assertThat(record.done()).isFalse();
        assertThat(record.message().vi()).contains("HD1").contains("đã thanh toán hoặc đã đóng");
        assertThat(refund.message().vi()).isEqualTo("Đã đánh dấu cần hoàn 150.000 đ cho hóa đơn HD1.");
        assertThat(board.lateRows()).isEmpty();
        assertThat(fixture.outcomes.cashlessShare(DAY)).isEqualTo(new CashlessShare(1, 0, 150_000, 0));
    }

    private void transfer(String reference, long amount) {
        fixture.desk.receive(new TransferNotification(reference, amount, "HD1", fixture.clock.instant()));
    }
}
