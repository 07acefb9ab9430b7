package dev.unknot.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageSchemaTest {
    private static final TestWallClock WALL = new TestWallClock(Instant.parse("2026-11-25T22:07:54Z"));

    @TempDir
    Path dir;

    static void assertSchemaV3(Path file) throws Exception {
        try (RawDb db = new RawDb(file)) {
            assertEquals(3, db.number("PRAGMA user_version"));
            assertEquals("wal", db.text("PRAGMA journal_mode"));
            assertEquals(List.of("episode", "routine", "routine_step", "session", "session_step", "setting"),
                    db.column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            assertEquals(List.of("id", "started_at", "ended_at", "updated_at", "routine", "routine_id", "status",
                            "pain_before", "pain_after", "note",
                            "eating_well", "resting_enough", "hydrated", "sleeping_enough"),
                    db.column("SELECT name FROM pragma_table_info('session')"));
            assertEquals(List.of("INTEGER", "INTEGER", "TEXT", "INTEGER", "INTEGER", "INTEGER", "INTEGER"),
                    db.column("SELECT type FROM pragma_table_info('session') WHERE cid >= 7 ORDER BY cid"));
            assertEquals(List.of("0", "0", "1", "0", "0", "0", "0"),
                    db.column("SELECT \"notnull\" FROM pragma_table_info('session') WHERE cid >= 7 ORDER BY cid"));
            assertEquals(List.of("session_id", "position", "target", "tool", "side", "planned_seconds", "done_seconds"),
                    db.column("SELECT name FROM pragma_table_info('session_step')"));
            assertEquals(List.of("key", "value"), db.column("SELECT name FROM pragma_table_info('setting')"));
            assertEquals(List.of("id", "name", "position", "created_at"),
                    db.column("SELECT name FROM pragma_table_info('routine')"));
            assertEquals(List.of("routine_id", "position", "target", "tool", "sides", "minutes"),
                    db.column("SELECT name FROM pragma_table_info('routine_step')"));
            assertEquals(List.of("routine_id", "position"),
                    db.column("SELECT name FROM pragma_table_info('routine_step') WHERE pk > 0 ORDER BY pk"));
            assertEquals(List.of("routine|id|CASCADE"), db.column(
                    "SELECT \"table\" || '|' || \"to\" || '|' || on_delete FROM pragma_foreign_key_list('routine_step')"));
            assertEquals(List.of("id", "onset", "region", "severity", "relieved_at"),
                    db.column("SELECT name FROM pragma_table_info('episode')"));
            assertEquals(List.of("session_started_at", "session_step_target"),
                    db.column("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
            assertEquals(List.of("target", "session_id"), db.column("SELECT name FROM pragma_index_info('session_step_target')"));
        }
    }

    @Test
    void aNewFileInAMissingFolderGetsSchemaVersion3InWalModeWithTheDocumentedTables() throws Exception {
        Path file = dir.resolve("share/unknot/unknot.db");
        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            storage.ready().get(5, TimeUnit.SECONDS);
            assertSchemaV3(file);
        }
    }

    @Test
    void anEmptyExistingFileIsMigratedFromVersion0() throws Exception {
        Path file = Files.createFile(dir.resolve("unknot.db"));
        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            storage.ready().get(5, TimeUnit.SECONDS);
        }
        assertSchemaV3(file);
    }

    @Test
    void reopeningAMigratedFileKeepsItAtVersion3() throws Exception {
        Path file = dir.resolve("unknot.db");
        for (int i = 0; i < 2; i++) {
            try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
                storage.ready().get(5, TimeUnit.SECONDS);
            }
        }
        assertSchemaV3(file);
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithAPlainMessageAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("unknot.db");
        try (RawDb db = new RawDb(file)) {
            db.execute("CREATE TABLE future_thing (x)");
            db.execute("PRAGMA user_version = 7");
        }
        byte[] before = Files.readAllBytes(file);

        try (Storage storage = TestLogs.open(file, WALL, StorageStatusListener.NONE)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> storage.ready().get(5, TimeUnit.SECONDS));
            assertInstanceOf(StorageException.class, e.getCause());
            String message = e.getCause().getMessage();
            assertTrue(message.contains(file.toString()), message);
            assertTrue(message.contains("was written by a newer version of Unknot (schema 7; this version knows up to 3). "
                    + "Nothing was changed."), message);
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        try (RawDb db = new RawDb(file)) {
            assertEquals("delete", db.text("PRAGMA journal_mode"), "the journal mode must not have been switched");
        }
    }
}
