package dev.unknot.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Another program reading the log while Unknot runs, for {@link WalDrillTest}: what {@code sqlite3 LOG "select
 * count(*) from session"} does, in a JVM of its own (the point is that it is another process). For each line on
 * stdin, a log's path, it opens a connection, counts the sessions, closes the connection and then says
 * {@code read <n>} (or {@code error <message>}).
 */
public final class OutsideReader {
    private OutsideReader() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String log = in.readLine(); log != null; log = in.readLine()) {
            String said;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + log);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from session")) {
                rs.next();
                said = "read " + rs.getInt(1);
            } catch (Exception e) {
                said = "error " + e;
            }
            System.out.println(said); // once the connection is closed: closing is when SQLite may delete the -wal
            System.out.flush();
        }
    }
}
