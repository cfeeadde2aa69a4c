package vn.tiepdon.scan;

/** Turns the operating-system error code of a failed port open into advice an IT person can act on. */
final class OpenError {

    private OpenError() {
    }

    static String describe(int code) {
        return Platform.WINDOWS ? windows(code) : posix(code);
    }

    static String posix(int code) {
        return switch (code) {
            case 2 -> "no such device";
            case 25 -> "not a serial port";
            case 13 -> "permission denied (Linux: add the kiosk user to the 'dialout' group, then log in again)";
            // jSerialComm takes an flock on open: EWOULDBLOCK (11) means another program holds the port
            case 11, 16 -> "port busy (another program has it open)";
            default -> "error code " + code;
        };
    }

    static String windows(int code) {
        return switch (code) {
            case 2 -> "no such device";
            case 5 -> "access denied (another program has the port open?)";
            default -> "error code " + code;
        };
    }
}
