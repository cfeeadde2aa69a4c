package vn.tiepdon.archfixture.identity;

import java.sql.Connection;

/** The domain using JDBC. */
public final class ReadsSql {

    Connection connection;
}
