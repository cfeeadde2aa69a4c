package vn.tiepdon.store;

/** The kiosk database could not be read or written (disk full, file locked too long, damaged file). */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
