package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.people.Users;

/**
 * HTTP Basic for scripts: a person's name and password on every request. Only over HTTPS, or from this computer
 * (a script on the server itself, or the TLS-terminating reverse proxy in front of it): over plain HTTP from
 * elsewhere the password would cross the network readable, so such a request is refused before it is looked at.
 */
public final class BasicAuth {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuth.class);
    private static final String BASIC = "Basic ";

    private final Users users;

    public BasicAuth(Users users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The caller's role; a viewer may read everything the API serves. */
    public Role require(Context ctx) throws ApiError {
        if (!ctx.req().isSecure() && !fromThisComputer(ctx.req().getRemoteAddr())) {
            throw new ApiError(403, "https_required", "passwords are accepted over HTTPS only");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BASIC)) {
            throw challenge(ctx, "a user name and password are required (HTTP Basic)");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw challenge(ctx, "the Authorization header is not HTTP Basic");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw challenge(ctx, "the Authorization header is not HTTP Basic");
        }
        String name = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            return users.authenticate(name, password).orElseThrow(() -> {
                LOG.warn("wrong user name or password from {}", ctx.req().getRemoteAddr());
                return challenge(ctx, "wrong user name or password");
            });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static ApiError challenge(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Basic realm=\"Tiep Don indicators\", charset=\"UTF-8\"");
        return ApiError.unauthorized(message);
    }

    static boolean fromThisComputer(String remoteAddress) {
        try {
            if (remoteAddress == null || remoteAddress.isEmpty()) {
                return false; // getByName(null) would answer loopback
            }
            // Jetty gives the peer as a literal address, so this looks up no name.
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
