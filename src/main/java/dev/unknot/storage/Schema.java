package dev.unknot.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The log's schema, versioned by {@code PRAGMA user_version}. Migrations only go forward: entry {@code i} of
 * {@link #MIGRATIONS} takes version {@code i} to {@code i + 1}, in one transaction that also sets user_version.
 * Never edit a migration that has shipped; add a new one. The tables are documented to users (README, "Your data"),
 * the v1 comments included (SQLite keeps them in {@code sqlite_master}, so {@code .schema} shows them). Every old
 * version has a fixture in {@code src/test/resources/fixtures/}, written by that version's own code.
 */
final class Schema {

    private static final String V1_SESSION = """
            CREATE TABLE session (
              id           INTEGER PRIMARY KEY,
              started_at   TEXT NOT NULL,              -- ISO-8601 UTC, e.g. 2026-11-25T22:07:54.123Z
              ended_at     TEXT,                       -- ISO-8601 UTC; NULL while running
              updated_at   TEXT NOT NULL,              -- last checkpoint, ISO-8601 UTC
              routine      TEXT NOT NULL,              -- routine name as shown at the time
              routine_id   TEXT NOT NULL,
              status       TEXT NOT NULL CHECK (status IN ('running','finished','ended_early','interrupted'))
            )""";

    private static final String V1_SESSION_STEP = """
            CREATE TABLE session_step (
              session_id      INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
              position        INTEGER NOT NULL,        -- 0-based order in the session (Segment.position)
              target          TEXT NOT NULL,           -- Target.id
              tool            TEXT NOT NULL,           -- Tool.id
              side            TEXT NOT NULL CHECK (side IN ('left','right','central')),
              planned_seconds INTEGER NOT NULL,
              done_seconds    INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (session_id, position)
            )""";

    private static final String V1_INDEX = "CREATE INDEX session_started_at ON session(started_at)";

    /**
     * Version 2: the pain ratings and the note people give a session, and an index for the history screen's target
     * filter ("sessions with at least one step on this target"), which covers the query so it never reads the steps.
     * Old rows keep NULL ratings (not rated) and an empty note.
     */
    private static final List<String> V2 = List.of(
            "ALTER TABLE session ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10)",
            "ALTER TABLE session ADD COLUMN pain_after  INTEGER CHECK (pain_after  BETWEEN 0 AND 10)",
            "ALTER TABLE session ADD COLUMN note        TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX session_step_target ON session_step(target, session_id)");

    /**
     * Version 3: what the person tunes (key/value, so a new setting needs no migration), their own routines, the
     * spasm episodes they report, and the self-check answered after a session. Old sessions keep every column and
     * have the self-check unanswered (NULL).
     */
    private static final String V3_SETTING = """
            CREATE TABLE setting (
              key   TEXT PRIMARY KEY,            -- e.g. minutes.glute_max, reposition_seconds, selected_routine
              value TEXT NOT NULL                -- as text; a value this version cannot use is read as the default
            )""";

    private static final String V3_ROUTINE = """
            CREATE TABLE routine (
              id         TEXT PRIMARY KEY,                   -- never starts with builtin: (those are not stored)
              name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
              position   INTEGER NOT NULL,                   -- order on the home screen, 0 first
              created_at TEXT NOT NULL                       -- ISO-8601 UTC
            )""";

    private static final String V3_ROUTINE_STEP = """
            CREATE TABLE routine_step (
              routine_id TEXT NOT NULL REFERENCES routine(id) ON DELETE CASCADE,
              position   INTEGER NOT NULL,                   -- 0-based order in the routine
              target     TEXT NOT NULL,                      -- Target.id
              tool       TEXT NOT NULL,                      -- Tool.id
              sides      TEXT NOT NULL CHECK (sides IN ('both','left','right','central')),
              minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 30),   -- per side, or in all when central
              PRIMARY KEY (routine_id, position)
            )""";

    private static final String V3_EPISODE = """
            CREATE TABLE episode (
              id          INTEGER PRIMARY KEY,
              onset       TEXT NOT NULL,                     -- ISO-8601 UTC
              region      TEXT NOT NULL CHECK (region IN ('upper_back','low_back')),
              severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
              relieved_at TEXT                               -- ISO-8601 UTC; NULL while it goes on
            )""";

    private static final List<String> V3 = List.of(V3_SETTING, V3_ROUTINE, V3_ROUTINE_STEP, V3_EPISODE,
            "ALTER TABLE session ADD COLUMN eating_well     INTEGER CHECK (eating_well     IN (0, 1))",
            "ALTER TABLE session ADD COLUMN resting_enough  INTEGER CHECK (resting_enough  IN (0, 1))",
            "ALTER TABLE session ADD COLUMN hydrated        INTEGER CHECK (hydrated        IN (0, 1))",
            "ALTER TABLE session ADD COLUMN sleeping_enough INTEGER CHECK (sleeping_enough IN (0, 1))");

    /** Entry i takes user_version i to i + 1. */
    static final List<List<String>> MIGRATIONS = List.of(
            List.of(V1_SESSION, V1_SESSION_STEP, V1_INDEX),
            V2,
            V3);

    /** The newest schema this build knows. */
    static final int LATEST = MIGRATIONS.size();

    private Schema() {
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Refuses, touching nothing, a file written by a newer version. */
    static void refuseNewer(Connection connection) throws SQLException, SchemaTooNewException {
        int version = userVersion(connection);
        if (version > LATEST) {
            throw new SchemaTooNewException(version, LATEST);
        }
    }

    /** Runs the migrations the file lacks, one transaction each. Another process may migrate at the same time. */
    static void migrate(Connection connection) throws SQLException, SchemaTooNewException {
        while (true) {
            refuseNewer(connection);
            if (userVersion(connection) == LATEST) {
                return;
            }
            Transactions.inImmediate(connection, c -> {
                // Read again under the write lock: whoever got there first has already done this step.
                int version = userVersion(c);
                if (version < LATEST) {
                    try (Statement st = c.createStatement()) {
                        for (String sql : MIGRATIONS.get(version)) {
                            st.execute(sql);
                        }
                        st.execute("PRAGMA user_version = " + (version + 1));
                    }
                }
                return null;
            });
        }
    }
}
