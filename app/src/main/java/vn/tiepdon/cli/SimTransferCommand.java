package vn.tiepdon.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.PaymentSettings;
import vn.tiepdon.payment.MaskedAccount;
import vn.tiepdon.payment.TrackedOrder;
import vn.tiepdon.payment.VietnameseAmount;
import vn.tiepdon.payment.api.TransferSender;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqlitePaymentOrders;

/**
 * {@code tiepdon sim transfer}: the demo's bank. Reports a transfer to the cashier's payment API the way a
 * notification service does, signed with the configured webhook secret, and prints what the API made of it.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Ngân hàng giả lập: báo một chuyển khoản tới API thanh toán trên máy này / "
                + "Simulated bank: reports a transfer to the payment API on this computer.",
                "Prints PAID, SHORT_PAYMENT, LATE (money for a bill cancelled, expired or paid: the cashier "
                        + "records or refunds it), DUPLICATE or UNMATCHED."})
final class SimTransferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SettingsOption settingsOption;

    @Option(names = "--demo", description = "Gửi tới quầy thu ngân demo (127.0.0.1:8766) / Send to the cashier demo.")
    boolean demo;

    @Option(names = "--bill", paramLabel = "REF", description = "Số hóa đơn / Bill number.")
    String bill;

    @Option(names = "--amount", paramLabel = "VND", description = "Số tiền (đồng) / Amount in dong.")
    long amount;

    @Option(names = "--waiting", description = {"Trả hoá đơn mới nhất đang chờ (ví dụ mã QR đang hiện trên ki-ốt demo).",
            "Pay the newest bill waiting for payment (say, the code on the demo kiosk's screen)."})
    boolean waiting;

    @Option(names = "--reference", paramLabel = "ID",
            description = "Mã giao dịch của ngân hàng; gửi lại cùng mã để thử trùng lặp / The bank's reference; "
                    + "send the same one twice to try a duplicate. Default: a new one.")
    String reference;

    @Option(names = "--content", paramLabel = "TEXT",
            description = "Nội dung chuyển khoản / Transfer content. Default: the bill number.")
    String content;

    /** A made-up account, so that the demo's late transfers show a masked sender as a real bank's would. */
    static final String DEMO_SENDER = "0071000912345";

    @Option(names = "--sender-account", paramLabel = "NUMBER",
            description = "Tài khoản người chuyển (quầy chỉ lưu 4 ký tự cuối); \"\" để không gửi / The sender's account "
                    + "(the cashier keeps only its last 4 characters); \"\" to send none. Default: ${DEFAULT-VALUE}.",
            defaultValue = DEMO_SENDER)
    String senderAccount;

    @Override
    public Integer call() throws InterruptedException {
        KioskSettings settings = CashierSetup.settings(settingsOption, demo);
        if (waiting) {
            TrackedOrder newest = newestWaiting(settings);
            bill = newest.billNumber();
            amount = amount > 0 ? amount : newest.order().amountDong();
        }
        if (bill == null || bill.isBlank()) {
            throw CliText.rejected("sim.transferNoBill");
        }
        if (amount <= 0 || amount > VietnameseAmount.MAX) {
            throw CliText.rejected("sim.transferBadAmount");
        }
        Optional<String> sender = senderAccount.isBlank() ? Optional.empty() : Optional.of(senderAccount);
        if (sender.isPresent() && MaskedAccount.of(sender.get()).isEmpty()) {
            throw CliText.rejected("sim.transferBadSender");
        }
        PaymentSettings payment = CashierSetup.payment(settings);
        InetSocketAddress api = payment.api().address();
        String address = CashierSetup.address(api);
        if (!onThisComputer(api)) {
            throw CliText.rejected("sim.transferNotLocal", address);
        }
        Clock clock = Clock.systemUTC();
        String ref = reference != null ? reference : "SIM" + clock.millis();
        String text = content != null ? content : bill;
        TransferSender.Reply reply;
        try {
            reply = new TransferSender(api, payment.api().webhookSecret()).send(ref, amount, text, clock.instant(),
                    sender);
        } catch (IOException e) {
            throw CliText.failed("sim.transferUnreachable", address, String.valueOf(e.getMessage()));
        }
        if (reply.status() == 401) {
            throw CliText.failed("sim.transferRefused", address);
        }
        if (reply.result().isEmpty()) {
            throw CliText.failed("sim.transferFailed", reply.status(), address);
        }
        spec.commandLine().getOut().println(CliText.both("sim.transferResult", ref,
                VietnameseAmount.digits(amount), reply.result().get()));
        return ExitCodes.OK;
    }

    /** The bill on the screen of the kiosk (or cashier) whose settings these are: the newest one waiting. */
    private static TrackedOrder newestWaiting(KioskSettings settings) {
        try (KioskDatabase database = KioskDatabase.open(settings.dataDir())) {
            List<TrackedOrder> orders = new SqlitePaymentOrders(database, ZoneId.systemDefault(), settings.kioskId())
                    .waiting(Clock.systemUTC().instant());
            if (orders.isEmpty()) {
                throw CliText.rejected("sim.transferNoneWaiting");
            }
            return orders.getLast();
        }
    }

    /** Loopback, or an address of one of this computer's own interfaces (an API on the hospital LAN). */
    private static boolean onThisComputer(InetSocketAddress api) {
        InetAddress address = api.getAddress();
        if (address == null) {
            return false;
        }
        try {
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
