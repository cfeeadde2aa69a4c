package vn.tiepdon.sync.server.http;

/**
 * A request the server refuses, answered as {@code {"error": code, "message": message}} with {@code status}. The
 * message names what is wrong (a field, a parameter), never a value the caller sent.
 */
public final class ApiError extends Exception {

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiError malformed(String message) {
        return new ApiError(400, "malformed", message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message);
    }

    public static ApiError tooLarge(String message) {
        return new ApiError(413, "too_large", message);
    }
}
