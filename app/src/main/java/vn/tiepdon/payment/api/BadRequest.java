package vn.tiepdon.payment.api;

/** Input the API refuses with 400: which field (may be null for the body as a whole) and why. */
final class BadRequest extends Exception {

    private final String field;

    BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
