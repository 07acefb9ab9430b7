package dev.unknot.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the storage thread's connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
