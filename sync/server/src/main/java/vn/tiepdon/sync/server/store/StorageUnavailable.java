package vn.tiepdon.sync.server.store;

/**
 * The database cannot be reached or refused the work (down, full, locked, wrong password): the caller should retry
 * later. The message says what the database said, never a statement's values.
 */
public final class StorageUnavailable extends RuntimeException {

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
