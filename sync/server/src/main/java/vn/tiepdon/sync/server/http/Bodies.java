package vn.tiepdon.sync.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies read with a limit that holds before the body is read, whatever Content-Length says. */
public final class Bodies {

    private Bodies() {
    }

    /**
     * The body, at most {@code max} bytes: a declared length over it is refused unread, and a body without one
     * (chunked) is read no further than one byte past it.
     */
    public static byte[] read(Context ctx, int max) throws ApiError, IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw ApiError.tooLarge("body over " + max + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw ApiError.tooLarge("body over " + max + " bytes");
            }
            return body;
        }
    }
}
