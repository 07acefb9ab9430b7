package dev.unknot.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.unknot.storage.SafetyFixtures.await;
import static dev.unknot.storage.SafetyFixtures.dump;
import static dev.unknot.storage.SafetyFixtures.failure;
import static dev.unknot.storage.SafetyFixtures.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestoreTest {
    private static final Instant T0 = Instant.parse("2026-11-20T07:30:00Z");

    @TempDir
    Path dir;

    private Path file;
    private TestWallClock wall;
    private Storage storage;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
        storage = Storage.open(file, wall, StorageStatusListener.NONE);
        await(storage.ready());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private void reopen() throws Exception {
        storage.close();
        storage = Storage.open(file, wall, StorageStatusListener.NONE);
        await(storage.ready());
    }

    private List<String> asideFiles() throws Exception {
        return names(dir).stream().filter(n -> n.contains(".before-restore-")).toList();
    }

    @Test
    void restoreReplacesTheContentAndKeepsTheLogAsItWasByteForByte() throws Exception {
        new SessionDriver(storage, wall).runToTheEnd();
        Path backup = await(storage.backupNow());
        List<String> backedUp = dump(backup);
        byte[] backupBytes = Files.readAllBytes(backup);
        wall.advance(Duration.ofDays(2));
        new SessionDriver(storage, wall).runToTheEnd();
        new SessionDriver(storage, wall).runToTheEnd();
        reopen(); // closing checkpoints the -wal into the file: its bytes are now the whole log
        byte[] before = Files.readAllBytes(file);
        List<String> rowsBefore = dump(file);
        assertEquals(3, rowsBefore.stream().filter(r -> r.startsWith("session|")).count());

        LogSummary current = await(storage.describeCurrent());
        LogSummary offered = await(storage.describe(backup));
        assertEquals(3, current.sessions());
        assertEquals(Optional.of(await(storage.recent(1)).get(0).startedAt()), current.newestSession());
        assertEquals(1, offered.sessions());
        assertEquals(Optional.of(T0), offered.newestSession());
        assertEquals("1 session, the newest started 2026-11-20 07:30 UTC", offered.plain());

        wall.advance(Duration.ofMinutes(5));
        RestoreReport report = await(storage.restoreFrom(backup));

        assertEquals(backedUp, dump(file), "the log now holds the backup's rows");
        assertEquals(List.of("unknot.db.before-restore-" + SafeFiles.stamp(wall.instant())), asideFiles());
        assertEquals(dir.resolve(asideFiles().get(0)), report.keptAs());
        assertArrayEquals(before, Files.readAllBytes(report.keptAs()), "the log as it was, byte for byte");
        assertEquals(rowsBefore, dump(report.keptAs()));
        assertArrayEquals(backupBytes, Files.readAllBytes(backup), "the backup is left as it was");
        assertEquals(3, report.before().sessions());
        assertEquals(1, report.after().sessions());
        assertFalse(report.migrated());
        assertEquals(0, report.interrupted());
        assertTrue(report.message().contains(report.keptAs().toString()), report.message());
        assertFalse(Files.exists(dir.resolve("unknot.db.restoring")));

        // and the log goes on working
        SessionDriver after = new SessionDriver(storage, wall);
        after.runToTheEnd();
        long id = await(after.recorder.sessionId());
        assertTrue(await(storage.find(id)).isPresent());
        assertEquals(2, await(storage.describeCurrent()).sessions());
    }

    @Test
    void aBackupFromSchema1WithSmallerPagesIsMigratedWhenRestored() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/unknot-v1.db");
        Path backup = Files.copy(fixture, dir.resolve("old-backup.db"));
        List<String> old = dump(backup);
        new SessionDriver(storage, wall).runToTheEnd();

        RestoreReport report = await(storage.restoreFrom(backup));

        assertEquals(1, report.fromSchema());
        assertTrue(report.migrated());
        assertEquals(Schema.LATEST, report.after().schemaVersion());
        assertEquals(old, dump(file));
        try (RawDb db = new RawDb(file)) {
            assertEquals(Schema.LATEST, db.number("PRAGMA user_version"));
            assertEquals("wal", db.text("PRAGMA journal_mode"));
            assertEquals("ok", db.text("PRAGMA quick_check"));
        }
        assertTrue(report.message().contains("older Unknot"), report.message());
    }

    @Test
    void aSessionTheBackupCaughtRunningIsMarkedInterruptedAfterTheRestore() throws Exception {
        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(40);
        await(storage.flush());
        Path backup = await(storage.backupNow());
        session.pass(30);
        session.engine.endEarly();
        await(storage.flush());

        RestoreReport report = await(storage.restoreFrom(backup));

        assertEquals(1, report.interrupted());
        long id = await(session.recorder.sessionId());
        assertEquals(dev.unknot.domain.SessionStatus.INTERRUPTED, await(storage.find(id)).orElseThrow().status());
    }

    @Test
    void restoreIsRefusedWhileASessionIsBeingRecorded() throws Exception {
        new SessionDriver(storage, wall).runToTheEnd();
        Path backup = await(storage.backupNow());
        SessionDriver running = new SessionDriver(storage, wall);
        running.startAndWork(20);
        await(storage.flush());
        List<String> rows = dump(file);

        String message = failure(storage.restoreFrom(backup));

        assertEquals("A session is being recorded, so Unknot will not replace your log at " + file
                + " now. End the session first, then restore. Nothing was changed.", message);
        assertEquals(rows, dump(file));
        assertEquals(List.of(), asideFiles());

        running.pass(10);
        running.engine.endEarly();
        await(storage.flush());
        await(storage.restoreFrom(backup)); // once it has ended
        assertEquals(1, asideFiles().size());
    }

    @Test
    void aFileThatIsNotASoundUnknotLogIsRefusedAndNothingIsChanged() throws Exception {
        new SessionDriver(storage, wall).runToTheEnd();
        await(storage.flush());
        List<String> rows = dump(file);
        Path garbage = Files.writeString(dir.resolve("garbage.db"), "not a database\n".repeat(100));
        Path other = dir.resolve("other.db");
        try (RawDb db = new RawDb(other)) {
            db.execute("CREATE TABLE recipe (name TEXT)");
        }
        Path newer = dir.resolve("newer.db");
        try (RawDb db = new RawDb(newer)) {
            db.execute("CREATE TABLE session (id INTEGER PRIMARY KEY)");
            db.execute("PRAGMA user_version = 99");
        }

        String unchanged = " Your log at " + file + " was not changed.";
        assertEquals("The backup " + garbage + " cannot be restored: it is not a database at all." + unchanged,
                failure(storage.restoreFrom(garbage)));
        assertEquals("The backup " + other + " cannot be restored: it is a database, but not an Unknot log."
                + unchanged, failure(storage.restoreFrom(other)));
        assertEquals("The backup " + newer + " cannot be restored: it was written by a newer version of Unknot "
                + "(schema 99; this version knows up to " + Schema.LATEST + ")." + unchanged,
                failure(storage.restoreFrom(newer)));
        assertEquals("The backup " + dir.resolve("missing.db") + " cannot be restored: there is no such file."
                + unchanged, failure(storage.restoreFrom(dir.resolve("missing.db"))));
        assertEquals("The backup " + file + " cannot be restored: it is the log itself." + unchanged,
                failure(storage.restoreFrom(file)));
        assertEquals("Unknot cannot use " + garbage + ": it is not a database at all.",
                failure(storage.describe(garbage)));

        assertEquals(rows, dump(file));
        assertEquals(List.of(), asideFiles());
        assertFalse(Files.exists(dir.resolve("unknot.db.restoring")));
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        new SessionDriver(storage, wall).runToTheEnd();
        SafetyFixtures.fill(file, 2_000);
        Path backup = await(storage.backupNow());
        long pages;
        int pageSize;
        try (RawDb db = new RawDb(backup)) {
            pages = db.number("PRAGMA page_count");
            pageSize = (int) db.number("PRAGMA page_size");
        }
        SafetyFixtures.overwritePages(backup, pageSize, (int) pages / 2, (int) pages / 2 + 3);

        String message = failure(storage.restoreFrom(backup));

        assertTrue(message.startsWith("The backup " + backup + " cannot be restored: it is damaged"), message);
        assertEquals(List.of(), asideFiles());
    }
}
