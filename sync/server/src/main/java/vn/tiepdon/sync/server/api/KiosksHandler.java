package vn.tiepdon.sync.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.Replies;
import vn.tiepdon.sync.server.kiosks.Kiosk;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;

/** {@code GET /api/v1/kiosks}: every enrolled kiosk with its facility, when it was last heard from and its cursor. */
public final class KiosksHandler {

    public static final String PATH = "/api/v1/kiosks";

    private final BasicAuth auth;
    private final KioskRegistry kiosks;

    public KiosksHandler(BasicAuth auth, KioskRegistry kiosks) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.kiosks = Objects.requireNonNull(kiosks, "kiosks");
    }

    public void handle(Context ctx) throws ApiError {
        auth.require(ctx);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Kiosk kiosk : kiosks.list()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kiosk", kiosk.id());
            row.put("facility", kiosk.facility());
            row.put("lastSeen", kiosk.lastSeen().map(Object::toString).orElse(null));
            row.put("lastCursor", kiosk.lastCursor().isPresent() ? kiosk.lastCursor().getAsLong() : null);
            row.put("revoked", kiosk.revoked());
            rows.add(row);
        }
        Replies.json(ctx, 200, Map.of("kiosks", rows));
    }
}
