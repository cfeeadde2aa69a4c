package vn.tiepdon.sync.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.people.Users;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** {@code tiepdon server user add NAME --role viewer|admin}: the people who may read the indicators. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Người dùng đọc số liệu.", "People who read the indicators."},
        subcommands = UserCommand.Add.class)
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Thêm người dùng; mật khẩu đọc từ đầu vào chuẩn (một dòng, ít nhất 10 ký tự).",
                    "Add a user; the password is read from standard input (one line, at least 10 characters).",
                    "Exit 0: added; 2: a bad name, role or password, or the name is taken; 1: the database failed."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @Parameters(index = "0", paramLabel = "NAME", description = "Tên đăng nhập / User name.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "viewer|admin", description = "Vai trò / Role.")
        String role;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw ServerText.rejected("user.badRole", role);
            }
            char[] password = readPassword();
            try (ServerDatabase db = database.open()) {
                new Users(db).add(name, parsed, password);
            } catch (Users.UserRefused e) {
                throw switch (e.reason()) {
                    case BAD_NAME -> ServerText.rejected("user.badName");
                    case SHORT_PASSWORD -> ServerText.rejected("user.shortPassword", Users.MIN_PASSWORD);
                    case EXISTS -> ServerText.rejected("user.exists", name);
                };
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println(ServerText.both("user.added", name, parsed.code()));
            return ServerMain.OK;
        }

        /** One line from standard input, never echoed or logged; refused before the database is opened. */
        private char[] readPassword() {
            String line;
            try {
                line = new BufferedReader(new InputStreamReader(ServerMain.stdin(spec), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null || line.isEmpty()) {
                throw ServerText.rejected("user.noPassword");
            }
            if (line.length() < Users.MIN_PASSWORD) {
                throw ServerText.rejected("user.shortPassword", Users.MIN_PASSWORD);
            }
            return line.toCharArray();
        }
    }
}
