package vn.tiepdon.sync.server.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.Codes;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.dashboard.Names;
import vn.tiepdon.sync.server.store.ServerDatabase;

/**
 * {@code tiepdon server name service|facility CODE "Tên" ["Name"]}: what the dashboard shows instead of a code. Kiosks
 * send codes only, so the names are set here, once, by IT.
 */
@Command(name = "name", mixinStandardHelpOptions = true,
        description = {"Đặt tên hiển thị cho mã dịch vụ hoặc mã cơ sở trên bảng chỉ số.",
                "Set the name the dashboard shows for a service or facility code.",
                "Exit 0: set; 2: a bad kind, code or name; 1: the database failed."})
final class NameCommand implements Callable<Integer> {

    private static final int MAX_NAME = 200;

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database = new DatabaseOption();
    @Parameters(index = "0", paramLabel = "service|facility", description = "Loại mã / What the code is.")
    String kind;
    @Parameters(index = "1", paramLabel = "CODE", description = "Mã / The code (KBHYT, 79001…).")
    String code;
    @Parameters(index = "2", paramLabel = "TÊN", description = "Tên tiếng Việt / Vietnamese name.")
    String vietnamese;
    @Parameters(index = "3", arity = "0..1", paramLabel = "NAME", description = "Tên tiếng Anh / English name.")
    String english = "";

    @Override
    public Integer call() {
        Names.Kind parsed;
        try {
            parsed = Names.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ServerText.rejected("name.badKind", kind);
        }
        try {
            Codes.require("code", code, parsed == Names.Kind.SERVICE ? SyncProtocol.MAX_SUBJECT
                    : SyncProtocol.MAX_FACILITY, false);
        } catch (BatchRejected e) {
            throw ServerText.rejected("name.badCode");
        }
        String vi = vietnamese.strip();
        String en = english.strip();
        if (vi.isEmpty() || vi.length() > MAX_NAME || en.length() > MAX_NAME) {
            throw ServerText.rejected("name.badName", MAX_NAME);
        }
        try (ServerDatabase db = database.open()) {
            new Names(db).set(parsed, code, vi, en);
        }
        spec.commandLine().getOut().println(ServerText.both("name.set", code, vi));
        return ServerMain.OK;
    }
}
