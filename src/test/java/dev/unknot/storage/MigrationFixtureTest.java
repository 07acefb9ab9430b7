package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
    /** The v1 columns, the ones every old file has. */
    private static final String V1_SESSIONS =
            "SELECT id, started_at, ended_at, updated_at, routine, routine_id, status FROM session ORDER BY id";
    private static final String V1_STEPS = "SELECT session_id, position, target, tool, side, planned_seconds, "
            + "done_seconds FROM session_step ORDER BY session_id, position";

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

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void anOldFileReachesTheLatestSchemaWithEveryRowIntactAndTheNewColumnsEmpty(int version) throws Exception {
        Path file = copyOf(version);
        List<List<String>> sessionsBefore;
        List<List<String>> stepsBefore;
        if (version == 0) {
            assertEquals(0, Files.size(file), "version 0 is an empty file");
            sessionsBefore = List.of();
            stepsBefore = List.of();
        } else {
            try (RawDb db = new RawDb(file)) {
                assertEquals(version, db.number("PRAGMA user_version"));
                sessionsBefore = db.rows(V1_SESSIONS);
                stepsBefore = db.rows(V1_STEPS);
            }
        }

        List<LoggedSession> loaded;
        try (Storage storage = Storage.open(file, WALL, StorageStatusListener.NONE)) {
            await(storage.ready());
            loaded = await(storage.recent(Integer.MAX_VALUE));
        }

        StorageSchemaTest.assertSchemaV2(file);
        try (RawDb db = new RawDb(file)) {
            assertEquals(sessionsBefore, db.rows(V1_SESSIONS));
            assertEquals(stepsBefore, db.rows(V1_STEPS));
            assertEquals(sessionsBefore.size(), db.number(
                    "SELECT count(*) FROM session WHERE pain_before IS NULL AND pain_after IS NULL AND note = ''"));
            assertEquals("ok", db.text("PRAGMA integrity_check"));
            assertEquals(List.of(), db.column("SELECT * FROM pragma_foreign_key_check"));
        }
        assertEquals(sessionsBefore.size(), loaded.size());
        for (LoggedSession session : loaded) {
            assertEquals(OptionalInt.empty(), session.painBefore());
            assertEquals(OptionalInt.empty(), session.painAfter());
            assertEquals("", session.note());
        }
    }

    @Test
    void theVersion1FixtureHoldsAFinishedAnEndedEarlyAndAnInterruptedSessionWithTheirSteps() throws Exception {
        Path file = copyOf(1);
        try (Storage storage = Storage.open(file, WALL, StorageStatusListener.NONE)) {
            List<LoggedSession> all = await(storage.recent(10)); // newest first
            assertEquals(List.of(SessionStatus.INTERRUPTED, SessionStatus.ENDED_EARLY, SessionStatus.FINISHED),
                    all.stream().map(LoggedSession::status).toList());
            assertEquals(List.of(9, 9, 1), all.stream().map(s -> s.steps().size()).toList());
            assertEquals(List.of(95, 425, 480), all.stream().map(LoggedSession::doneSeconds).toList());
            assertEquals(List.of("Low back", "Low back", "Upper back"),
                    all.stream().map(LoggedSession::routineName).toList());
            assertTrue(all.stream().allMatch(s -> s.endedAt().isPresent()));
            assertEquals(0, await(storage.markRunningAsInterrupted()), "nothing is left running in it");
        }
    }
}
