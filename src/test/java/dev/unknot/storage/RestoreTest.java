package dev.unknot.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0, StorageStatusListener.NONE, SafetyFixtures.SECONDS);

    private List<String> asideFiles() throws Exception {
        return names(open.dir()).stream().filter(n -> n.contains(".before-restore-")).toList();
    }

    @Test
    void restoreReplacesTheContentAndKeepsACopyOfTheLogAsItWas() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        Path backup = await(open.storage().safety().backupNow());
        List<String> backedUp = dump(backup);
        byte[] backupBytes = Files.readAllBytes(backup);
        open.wall().advance(Duration.ofDays(2));
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        await(open.storage().flush());
        List<String> rowsBefore = dump(open.file());
        assertEquals(3, rowsBefore.stream().filter(r -> r.startsWith("session|")).count());

        LogSummary current = await(open.storage().safety().describeCurrent());
        LogSummary offered = await(open.storage().safety().describe(backup));
        assertEquals(3, current.sessions());
        assertEquals(Optional.of(await(open.storage().sessions().recent(1)).get(0).startedAt()), current.newestSession());
        assertEquals(1, offered.sessions());
        assertEquals(Optional.of(T0), offered.newestSession());
        assertEquals("1 session, the newest started 2026-11-20 07:30 UTC", offered.plain());

        open.wall().advance(Duration.ofMinutes(5));
        RestoreReport report = await(open.storage().safety().restoreFrom(backup));

        assertEquals(backedUp, dump(open.file()), "the log now holds the backup's rows");
        assertEquals(List.of("unknot.db.before-restore-" + SafeFiles.stamp(open.wall().instant())), asideFiles());
        assertEquals(open.dir().resolve(asideFiles().get(0)), report.keptAs());
        assertEquals(rowsBefore, dump(report.keptAs()), "the log as it was, copied by SQLite");
        assertEquals(List.of(), SafeFiles.COMPANIONS.stream()
                .filter(suffix -> Files.exists(SafeFiles.companion(report.keptAs(), suffix))).toList(),
                "one self-contained file");
        assertArrayEquals(backupBytes, Files.readAllBytes(backup), "the backup is left as it was");
        assertEquals(3, report.before().sessions());
        assertEquals(1, report.after().sessions());
        assertFalse(report.migrated());
        assertEquals(0, report.interrupted());
        assertTrue(report.message().contains(report.keptAs().toString()), report.message());
        assertFalse(Files.exists(open.dir().resolve("unknot.db.restoring")));

        // and the log goes on working
        SessionDriver after = new SessionDriver(open.storage(), open.wall());
        after.runToTheEnd();
        long id = await(after.recorder.sessionId());
        assertTrue(await(open.storage().sessions().find(id)).isPresent());
        assertEquals(2, await(open.storage().safety().describeCurrent()).sessions());
    }

    @Test
    void aBackupFromSchema1WithSmallerPagesIsMigratedWhenRestored() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/unknot-v1.db");
        Path backup = Files.copy(fixture, open.dir().resolve("old-backup.db"));
        List<String> old = dump(backup);
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();

        RestoreReport report = await(open.storage().safety().restoreFrom(backup));

        assertEquals(1, report.fromSchema());
        assertTrue(report.migrated());
        assertEquals(Schema.LATEST, report.after().schemaVersion());
        assertEquals(old, dump(open.file()));
        try (RawDb db = new RawDb(open.file())) {
            assertEquals(Schema.LATEST, db.number("PRAGMA user_version"));
            assertEquals("wal", db.text("PRAGMA journal_mode"));
            assertEquals("ok", db.text("PRAGMA quick_check"));
        }
        assertTrue(report.message().contains("older Unknot"), report.message());
    }

    @Test
    void aSessionTheBackupCaughtRunningIsMarkedInterruptedAfterTheRestore() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(40);
        await(open.storage().flush());
        Path backup = await(open.storage().safety().backupNow());
        session.pass(30);
        session.engine.endEarly();
        await(open.storage().flush());

        RestoreReport report = await(open.storage().safety().restoreFrom(backup));

        assertEquals(1, report.interrupted());
        long id = await(session.recorder.sessionId());
        assertEquals(dev.unknot.domain.SessionStatus.INTERRUPTED,
                await(open.storage().sessions().find(id)).orElseThrow().status());
    }

    @Test
    void restoreIsRefusedWhileASessionIsBeingRecorded() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        Path backup = await(open.storage().safety().backupNow());
        SessionDriver running = new SessionDriver(open.storage(), open.wall());
        running.startAndWork(20);
        await(open.storage().flush());
        List<String> rows = dump(open.file());

        String message = failure(open.storage().safety().restoreFrom(backup));

        assertEquals("A session is being recorded, so Unknot will not replace your log at " + open.file()
                + " now. End the session first, then restore. Nothing was changed.", message);
        assertEquals(rows, dump(open.file()));
        assertEquals(List.of(), asideFiles());

        running.pass(10);
        running.engine.endEarly();
        await(open.storage().flush());
        await(open.storage().safety().restoreFrom(backup)); // once it has ended
        assertEquals(1, asideFiles().size());
    }

    @Test
    void aFileThatIsNotASoundUnknotLogIsRefusedAndNothingIsChanged() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        await(open.storage().flush());
        List<String> rows = dump(open.file());
        Path garbage = Files.writeString(open.dir().resolve("garbage.db"), "not a database\n".repeat(100));
        Path other = open.dir().resolve("other.db");
        try (RawDb db = new RawDb(other)) {
            db.execute("CREATE TABLE recipe (name TEXT)");
        }
        Path newer = open.dir().resolve("newer.db");
        try (RawDb db = new RawDb(newer)) {
            db.execute("CREATE TABLE session (id INTEGER PRIMARY KEY)");
            db.execute("PRAGMA user_version = 99");
        }

        String unchanged = " Your log at " + open.file() + " was not changed.";
        assertEquals("The backup " + garbage + " cannot be restored: it is not a database at all." + unchanged,
                failure(open.storage().safety().restoreFrom(garbage)));
        assertEquals("The backup " + other + " cannot be restored: it is a database, but not an Unknot log."
                + unchanged, failure(open.storage().safety().restoreFrom(other)));
        assertEquals("The backup " + newer + " cannot be restored: it was written by a newer version of Unknot "
                + "(schema 99; this version knows up to " + Schema.LATEST + ")." + unchanged,
                failure(open.storage().safety().restoreFrom(newer)));
        assertEquals("The backup " + open.dir().resolve("missing.db") + " cannot be restored: there is no such file."
                + unchanged, failure(open.storage().safety().restoreFrom(open.dir().resolve("missing.db"))));
        assertEquals("The backup " + open.file() + " cannot be restored: it is the log itself." + unchanged,
                failure(open.storage().safety().restoreFrom(open.file())));
        assertEquals("Unknot cannot use " + garbage + ": it is not a database at all.",
                failure(open.storage().safety().describe(garbage)));

        assertEquals(rows, dump(open.file()));
        assertEquals(List.of(), asideFiles());
        assertFalse(Files.exists(open.dir().resolve("unknot.db.restoring")));
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        SafetyFixtures.fill(open.file(), 2_000);
        Path backup = await(open.storage().safety().backupNow());
        long pages;
        int pageSize;
        try (RawDb db = new RawDb(backup)) {
            pages = db.number("PRAGMA page_count");
            pageSize = (int) db.number("PRAGMA page_size");
        }
        SafetyFixtures.overwritePages(backup, pageSize, (int) pages / 2, (int) pages / 2 + 3);

        String message = failure(open.storage().safety().restoreFrom(backup));

        assertTrue(message.startsWith("The backup " + backup + " cannot be restored: it is damaged"), message);
        assertEquals(List.of(), asideFiles());
    }
}
