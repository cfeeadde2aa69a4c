package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements run on the kiosk database's connection, inside or outside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
