package dev.unknot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit transactions on a connection left in auto-commit. BEGIN IMMEDIATE takes the write lock up front, so a
 * busy file fails at the start (after busy_timeout) rather than half way through.
 */
final class Transactions {
    private Transactions() {
    }

    static <T> T inImmediate(Connection connection, SqlWork<T> work) throws SQLException {
        return in(connection, "BEGIN IMMEDIATE", work);
    }

    /** A read transaction, so several queries see one state of the file. */
    static <T> T inDeferred(Connection connection, SqlWork<T> work) throws SQLException {
        return in(connection, "BEGIN DEFERRED", work);
    }

    private static <T> T in(Connection connection, String begin, SqlWork<T> work) throws SQLException {
        execute(connection, begin);
        boolean committed = false;
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(connection);
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite rolls back by itself after some errors (SQLITE_FULL, SQLITE_IOERR); nothing left to undo.
        }
    }
}
