package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files written by the code of each earlier schema version (see {@link FixtureWriter}) are opened by this version:
 * they reach the latest schema, every old row is still there as it was, and what is new is empty.
 */
class MigrationFixtureTest {
    private static final TestWallClock WALL = new TestWallClock(Instant.parse("2026-11-25T22:07:54Z"));
    @TempDir
    Path dir;

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    private Path copyOf(int version) throws Exception {
        Path file = dir.resolve("unknot.db");
        try (InputStream in = MigrationFixtureTest.class.getResourceAsStream("/fixtures/unknot-v" + version + ".db")) {
            assertNotNull(in, "there is a fixture for every earlier version; missing: unknot-v" + version + ".db");
            Files.copy(in, file);
        }
        return file;
    }

    /** Every version before this one; each must have its fixture (a new schema version needs a new fixture). */
    static IntStream earlierVersions() {
        return IntStream.range(0, Schema.LATEST);
    }

    /** Every column {@code table} has, in order. */
    private static List<String> columns(RawDb db, String table) throws Exception {
        return db.column("SELECT name FROM pragma_table_info('" + table + "')");
    }

    private static String select(List<String> columns, String table, String order) {
        return "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY " + order;
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void anOldFileReachesTheLatestSchemaWithEveryRowIntactAndWhatIsNewEmpty(int version) throws Exception {
        Path file = copyOf(version);
        List<String> sessionColumns = List.of();
        List<String> stepColumns = List.of();
        List<List<String>> sessionsBefore = List.of();
        List<List<String>> stepsBefore = List.of();
        if (version == 0) {
            assertEquals(0, Files.size(file), "version 0 is an empty file");
        } else {
            try (RawDb db = new RawDb(file)) {
                assertEquals(version, db.number("PRAGMA user_version"));
                sessionColumns = columns(db, "session");
                stepColumns = columns(db, "session_step");
                sessionsBefore = db.rows(select(sessionColumns, "session", "id"));
                stepsBefore = db.rows(select(stepColumns, "session_step", "session_id, position"));
            }
            assertTrue(sessionsBefore.size() >= 3, "the fixture holds sessions");
        }

        List<LoggedSession> loaded;
        TargetCatalogue catalogue = new TargetCatalogue();
        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            await(storage.ready());
            loaded = await(storage.sessions().recent(Integer.MAX_VALUE));
            assertEquals(Settings.defaults(catalogue), await(storage.settings().load()));
            assertEquals(List.of(), await(storage.routines().load()));
            assertEquals(Optional.empty(), await(storage.routines().selected()));
            assertEquals(List.of(), await(storage.episodes().all()));
            for (LoggedSession session : loaded) {
                assertEquals(SelfCheck.UNANSWERED, await(storage.sessions().selfCheck(session.id())));
            }
        }

        StorageSchemaTest.assertSchemaV3(file);
        try (RawDb db = new RawDb(file)) {
            // every column the old file had, every row, as it was
            assertEquals(sessionsBefore, db.rows(select(sessionColumns.isEmpty() ? List.of("id") : sessionColumns,
                    "session", "id")));
            assertEquals(stepsBefore, db.rows(select(stepColumns.isEmpty() ? List.of("session_id") : stepColumns,
                    "session_step", "session_id, position")));
            if (version < 2) {
                assertEquals(sessionsBefore.size(), db.number(
                        "SELECT count(*) FROM session WHERE pain_before IS NULL AND pain_after IS NULL AND note = ''"));
            }
            assertEquals(sessionsBefore.size(), db.number("SELECT count(*) FROM session WHERE eating_well IS NULL "
                    + "AND resting_enough IS NULL AND hydrated IS NULL AND sleeping_enough IS NULL"));
            for (String table : List.of("setting", "routine", "routine_step", "episode")) {
                assertEquals(0, db.number("SELECT count(*) FROM " + table), table + " starts empty");
            }
            assertEquals("ok", db.text("PRAGMA integrity_check"));
            assertEquals(List.of(), db.column("SELECT * FROM pragma_foreign_key_check"));
        }
        assertEquals(sessionsBefore.size(), loaded.size());
        if (version < 2) {
            for (LoggedSession session : loaded) {
                assertEquals(OptionalInt.empty(), session.painBefore());
                assertEquals(OptionalInt.empty(), session.painAfter());
                assertEquals("", session.note());
            }
        }
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void aMigratedFileTakesEverythingNew(int version) throws Exception {
        Path file = copyOf(version);
        TargetCatalogue catalogue = new TargetCatalogue();
        Routine mine = new Routine("custom:mine", "Mine", List.of(
                new Step(catalogue.byId(TargetCatalogue.QL), Tool.SOFTBALL, Sides.RIGHT, 6)), false);
        SelfCheck check = new SelfCheck(Optional.of(true), Optional.empty(), Optional.of(false), Optional.of(true));
        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            await(storage.routines().save(mine));
            await(storage.routines().saveSelected(mine.id()));
            SpasmEpisode episode = await(storage.episodes().record(WALL.instant(), Region.LOW_BACK, 6));
            List<LoggedSession> old = await(storage.sessions().recent(Integer.MAX_VALUE));
            if (!old.isEmpty()) {
                await(storage.sessions().saveSelfCheck(old.get(0).id(), check));
            }
            storage.close();

            try (Storage reopened = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
                assertEquals(List.of(mine), await(reopened.routines().load()));
                assertEquals(Optional.of(mine.id()), await(reopened.routines().selected()));
                assertEquals(Optional.of(episode), dev.unknot.domain.advice.Episodes.current(await(reopened.episodes().all()), java.time.Instant.now()));
                if (!old.isEmpty()) {
                    assertEquals(check, await(reopened.sessions().selfCheck(old.get(0).id())));
                    assertEquals(old, await(reopened.sessions().recent(Integer.MAX_VALUE)), "the old sessions are untouched");
                }
            }
        }
    }

    @Test
    void theVersion2FixtureKeepsItsRatingsAndNoteThroughTheMigration() throws Exception {
        Path file = copyOf(2);
        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            List<LoggedSession> all = await(storage.sessions().recent(10)); // newest first
            assertEquals(List.of(SessionStatus.INTERRUPTED, SessionStatus.ENDED_EARLY, SessionStatus.FINISHED),
                    all.stream().map(LoggedSession::status).toList());
            LoggedSession rated = all.get(2);
            assertEquals("Upper back", rated.routineName());
            assertEquals(OptionalInt.of(6), rated.painBefore());
            assertEquals(OptionalInt.of(3), rated.painAfter());
            assertEquals("Upper back much looser.\nLeft shoulder blade still tender.", rated.note());
            assertEquals(List.of(95, 425, 480), all.stream().map(LoggedSession::doneSeconds).toList());
            assertEquals(SelfCheck.UNANSWERED, await(storage.sessions().selfCheck(rated.id())));
        }
    }

    @Test
    void theVersion1FixtureHoldsAFinishedAnEndedEarlyAndAnInterruptedSessionWithTheirSteps() throws Exception {
        Path file = copyOf(1);
        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            List<LoggedSession> all = await(storage.sessions().recent(10)); // newest first
            assertEquals(List.of(SessionStatus.INTERRUPTED, SessionStatus.ENDED_EARLY, SessionStatus.FINISHED),
                    all.stream().map(LoggedSession::status).toList());
            assertEquals(List.of(9, 9, 1), all.stream().map(s -> s.steps().size()).toList());
            assertEquals(List.of(95, 425, 480), all.stream().map(LoggedSession::doneSeconds).toList());
            assertEquals(List.of("Low back", "Low back", "Upper back"),
                    all.stream().map(LoggedSession::routineName).toList());
            assertTrue(all.stream().allMatch(s -> s.endedAt().isPresent()));
            assertEquals(0, await(storage.sessions().markRunningAsInterrupted()), "nothing is left running in it");
        }
    }
}
