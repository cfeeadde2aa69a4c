package vn.tiepdon.sync.server.http;

import vn.tiepdon.sync.protocol.SyncProtocol;

/** The words for a status the framework decided (no route, wrong method, body too large, broken request). */
public final class Refusals {

    private Refusals() {
    }

    public static ApiError of(int status) {
        return switch (status) {
            case 400 -> ApiError.malformed("malformed request");
            case 404 -> new ApiError(404, "not_found", "no such path");
            case 405 -> new ApiError(405, "method_not_allowed", "method not allowed here");
            case 413 -> ApiError.tooLarge("body over " + SyncProtocol.MAX_BODY_BYTES + " bytes");
            case 431 -> new ApiError(431, "too_large", "headers too large");
            case 429, 503 -> new ApiError(status, "busy", "server busy, retry later");
            default -> status >= 500 ? new ApiError(status, "server_error", "internal error")
                    : new ApiError(status, "refused", "request refused");
        };
    }
}
