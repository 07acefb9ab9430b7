package dev.unknot.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens a JDBC connection for a {@code jdbc:sqlite:} URL. Tests swap it to open the file read-only. */
@FunctionalInterface
interface ConnectionFactory {
    Connection open(String url) throws SQLException;

    ConnectionFactory DRIVER_MANAGER = DriverManager::getConnection;
}
