package vn.tiepdon.sync.server.ingest;

import io.javalin.http.Context;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.BatchAck;
import vn.tiepdon.sync.protocol.BatchJson;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.SyncProtocol;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.Bodies;
import vn.tiepdon.sync.server.kiosks.Kiosk;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;

/**
 * {@code POST /api/v1/batches}: a kiosk's batch, checked in the order that costs least first (token, size, JSON,
 * ownership), then kept. Every refusal is decided before the database is written, so a refused request changes
 * nothing.
 */
public final class BatchesHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BatchesHandler.class);
    private static final String BEARER = "Bearer ";

    private final KioskRegistry kiosks;
    private final BatchStore store;

    public BatchesHandler(KioskRegistry kiosks, BatchStore store) {
        this.kiosks = Objects.requireNonNull(kiosks, "kiosks");
        this.store = Objects.requireNonNull(store, "store");
    }

    public void handle(Context ctx) throws Exception {
        Kiosk kiosk = authenticate(ctx.header("Authorization"));
        Batch batch = parse(Bodies.read(ctx, SyncProtocol.MAX_BODY_BYTES));
        if (!batch.kiosk().equals(kiosk.id()) || !batch.facility().equals(kiosk.facility())) {
            // Logged by the token's kiosk only: the batch's own fields are what is in doubt.
            LOG.warn("kiosk {} sent a batch for another kiosk or facility; refused", kiosk.id());
            throw ApiError.forbidden("the token is not this batch's kiosk and facility");
        }
        BatchAck ack;
        try {
            ack = store.store(kiosk, batch);
        } catch (BatchStore.KioskRevoked revoked) {
            throw ApiError.unauthorized("the token was revoked");
        }
        LOG.debug("kiosk {} cursor {}: {} days stored, {} unchanged", kiosk.id(), ack.cursor(), ack.stored(),
                ack.unchanged());
        // The protocol's own compact writer: a kiosk reads this with BatchJson.readAck, thousands of times a second.
        ctx.status(200).contentType("application/json").result(BatchJson.write(ack));
    }

    private Kiosk authenticate(String authorization) throws ApiError {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw ApiError.unauthorized("a kiosk token is required (Authorization: Bearer)");
        }
        Kiosk kiosk = kiosks.byToken(authorization.substring(BEARER.length()).strip())
                .orElseThrow(() -> ApiError.unauthorized("unknown kiosk token"));
        if (kiosk.revoked()) {
            throw ApiError.unauthorized("the token was revoked");
        }
        return kiosk;
    }

    private static Batch parse(byte[] body) throws ApiError {
        try {
            return BatchJson.readBatch(body);
        } catch (BatchRejected rejected) {
            throw switch (rejected.reason()) {
                case MALFORMED -> ApiError.malformed(rejected.getMessage());
                case TOO_LARGE -> ApiError.tooLarge(rejected.getMessage());
                case UNSUPPORTED_VERSION -> new ApiError(422, "unsupported_version", rejected.getMessage());
            };
        }
    }
}
