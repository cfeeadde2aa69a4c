package vn.tiepdon.sync.server.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.sync.server.kiosks.Kiosk;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;
import vn.tiepdon.sync.server.kiosks.KioskRegistry.EnrolmentRefused;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** {@code tiepdon server kiosk add|revoke|list}: which kiosks may send batches. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Đăng ký, thu hồi, liệt kê kiosk gửi số liệu.", "Enrol, revoke and list the kiosks that send batches."},
        subcommands = {KioskCommand.Add.class, KioskCommand.Revoke.class, KioskCommand.ListKiosks.class})
final class KioskCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Đăng ký kiosk và in mã truy cập của nó (một lần).",
                    "Enrol a kiosk and print its token (once).",
                    "Exit 0: enrolled; 2: already enrolled or a bad code; 1: the database failed."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @Option(names = "--facility", required = true, paramLabel = "CODE", description = "Mã cơ sở / Facility code.")
        String facility;
        @Option(names = "--kiosk", required = true, paramLabel = "ID", description = "Mã kiosk / Kiosk id.")
        String kiosk;
        @Option(names = "--new-token", description = "Cấp mã mới cho kiosk đã đăng ký / Give an enrolled kiosk a new token.")
        boolean newToken;

        @Override
        public Integer call() {
            String token;
            try (ServerDatabase db = database.open()) {
                token = new KioskRegistry(db).enrol(facility, kiosk, newToken);
            } catch (EnrolmentRefused e) {
                throw switch (e.reason()) {
                    case ALREADY_ENROLLED -> ServerText.rejected("kiosk.alreadyEnrolled", kiosk);
                    case BAD_CODE -> ServerText.rejected("kiosk.badCode", e.getMessage());
                    case NOT_ENROLLED -> ServerText.rejected("kiosk.notEnrolled", kiosk);
                };
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(ServerText.both("kiosk.added", kiosk, facility));
            out.println(token);
            out.flush();
            return ServerMain.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Thu hồi mã của kiosk: lô số liệu của nó bị từ chối từ nay.",
                    "Revoke a kiosk's token: its batches are refused from now on.",
                    "Exit 0: revoked; 2: no such kiosk; 1: the database failed."})
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @Option(names = "--kiosk", required = true, paramLabel = "ID", description = "Mã kiosk / Kiosk id.")
        String kiosk;

        @Override
        public Integer call() {
            try (ServerDatabase db = database.open()) {
                new KioskRegistry(db).revoke(kiosk);
            } catch (EnrolmentRefused e) {
                throw ServerText.rejected("kiosk.notEnrolled", kiosk);
            }
            spec.commandLine().getOut().println(ServerText.both("kiosk.revoked", kiosk));
            return ServerMain.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Liệt kê kiosk: cơ sở, lần cuối gửi, cursor, đã thu hồi chưa.",
                    "List kiosks: facility, last seen, last cursor, revoked.",
                    "Exit 0: listed; 1: the database failed."})
    static final class ListKiosks implements Callable<Integer> {
        private static final DateTimeFormatter SHOWN =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Override
        public Integer call() {
            List<Kiosk> kiosks;
            try (ServerDatabase db = database.open()) {
                kiosks = new KioskRegistry(db).list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (kiosks.isEmpty()) {
                out.println(ServerText.both("kiosk.none"));
                return ServerMain.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(header());
            for (Kiosk kiosk : kiosks) {
                rows.add(List.of(kiosk.id(), kiosk.facility(), kiosk.lastSeen().map(SHOWN::format).orElse("-"),
                        kiosk.lastCursor().isPresent() ? Long.toString(kiosk.lastCursor().getAsLong()) : "-",
                        ServerText.both(kiosk.revoked() ? "kiosk.yes" : "kiosk.no")));
            }
            out.print(Columns.aligned(rows));
            out.flush();
            return ServerMain.OK;
        }

        /** Each column named in Vietnamese and English. */
        private static List<String> header() {
            String[] vi = ServerText.one(ServerText.VI, "kiosk.header").split("\\|");
            String[] en = ServerText.one(Locale.ENGLISH, "kiosk.header").split("\\|");
            List<String> header = new ArrayList<>();
            for (int i = 0; i < vi.length; i++) {
                header.add(vi[i].equals(en[i]) ? vi[i] : vi[i] + "/" + en[i]);
            }
            return header;
        }
    }
}
