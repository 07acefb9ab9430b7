package dev.unknot.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static dev.unknot.storage.SafetyFixtures.await;
import static dev.unknot.storage.SafetyFixtures.dump;
import static dev.unknot.storage.SafetyFixtures.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unreadable log at start is renamed aside, unchanged, and a fresh log started. The damaged files are real:
 * bytes that were never a database, and a real multi-page log with pages in the middle overwritten or its end cut off.
 */
class DatabaseHealthTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");

    @TempDir
    Path dir;

    private Path file;
    private TestWallClock wall;
    private Storage storage;

    @BeforeEach
    void setUp() {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    private OpenReport open() throws Exception {
        storage = TestLogs.open(file, wall, StorageStatusListener.NONE);
        await(storage.ready());
        return await(storage.safety().openReport());
    }

    /** A real log of many pages, closed normally (so the file is the whole log); returns its page size. */
    private int realLog(int sessions) throws Exception {
        open();
        new SessionDriver(storage, wall).runToTheEnd();
        SafetyFixtures.fill(file, sessions);
        storage.close();
        storage = null;
        try (RawDb db = new RawDb(file)) {
            assertTrue(db.number("PRAGMA page_count") > 20, "several pages");
            return (int) db.number("PRAGMA page_size");
        }
    }

    /** The set-aside file holds the old bytes, the log is fresh, and a session is saved in it. */
    private void assertSetAsideAndFresh(OpenReport report, byte[] oldBytes, String problemStart) throws Exception {
        Path aside = report.setAside().orElseThrow();
        assertEquals(dir.resolve("unknot.db.corrupt-" + SafeFiles.stamp(wall.instant())), aside);
        assertArrayEquals(oldBytes, Files.readAllBytes(aside), "set aside byte for byte, never repaired or deleted");
        assertTrue(report.problem().orElseThrow().startsWith(problemStart), report.problem().toString());
        assertEquals(file, report.file());

        try (RawDb db = new RawDb(file)) {
            assertEquals(Schema.LATEST, db.number("PRAGMA user_version"));
            assertEquals(0, db.number("SELECT count(*) FROM session"));
        }
        SessionDriver session = new SessionDriver(storage, wall);
        session.runToTheEnd();
        long id = await(session.recorder.sessionId());
        assertTrue(await(storage.sessions().find(id)).isPresent(), "sessions are saved in the fresh log");
    }

    @Test
    void aSoundLogIsOpenedAsItIs() throws Exception {
        open();
        new SessionDriver(storage, wall).runToTheEnd();
        storage.close();

        OpenReport report = open();

        assertEquals(OpenReport.fine(file), report);
        assertEquals(Optional.empty(), report.message());
        assertEquals(1, await(storage.safety().describeCurrent()).sessions());
        assertTrue(names(dir).stream().noneMatch(n -> n.contains("corrupt")), names(dir).toString());
    }

    @Test
    void aFileOfGarbageIsSetAsideWithItsCompanionsAndAFreshLogStarted() throws Exception {
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);
        byte[] wal = "a -wal that belongs to the garbage".getBytes();
        Files.write(dir.resolve("unknot.db-wal"), wal);

        OpenReport report = open();

        assertSetAsideAndFresh(report, garbage, "it is not a database at all.");
        Path aside = report.setAside().orElseThrow();
        assertArrayEquals(wal, Files.readAllBytes(dir.resolve(aside.getFileName() + "-wal")), "its -wal went with it");
        assertEquals(Optional.empty(), report.newestBackup());
        assertEquals("Your log at " + file + " could not be read: it is not a database at all. It was kept as " + aside
                + " and a new, empty log was started, so sessions are saved again. There is no backup to restore; "
                + "you can start fresh.", report.message().orElseThrow());
    }

    @Test
    void aRealLogWithPagesOverwrittenInTheMiddleIsSetAsideAndItsBackupOffered() throws Exception {
        open();
        new SessionDriver(storage, wall).runToTheEnd();
        SafetyFixtures.fill(file, 3_000);
        Path backup = await(storage.safety().backupNow());
        List<String> backedUp = dump(backup);
        storage.close();
        int pageSize;
        long pages;
        try (RawDb db = new RawDb(file)) {
            pageSize = (int) db.number("PRAGMA page_size");
            pages = db.number("PRAGMA page_count");
        }
        SafetyFixtures.overwritePages(file, pageSize, (int) pages / 2, (int) pages / 2 + 2);
        byte[] damaged = Files.readAllBytes(file);
        wall.advance(Duration.ofHours(1));

        OpenReport report = open();

        Path aside = report.setAside().orElseThrow();
        assertEquals(dir.resolve("unknot.db.corrupt-" + SafeFiles.stamp(wall.instant())), aside);
        assertArrayEquals(damaged, Files.readAllBytes(aside));
        assertTrue(report.problem().orElseThrow().startsWith("it is damaged"), report.problem().toString());
        BackupFile offered = report.newestBackup().orElseThrow();
        assertEquals(backup, offered.path());
        assertTrue(report.message().orElseThrow().contains("You can restore the backup of 2026-11-25 22:"),
                report.message().orElseThrow());

        // the person takes the offer
        RestoreReport restored = await(storage.safety().restoreFrom(offered.path()));
        assertEquals(backedUp, dump(file));
        assertEquals(0, restored.before().sessions(), "what was replaced is the fresh, empty log");
        assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is still kept");
    }

    @Test
    void aRealLogCutShortIsSetAside() throws Exception {
        int pageSize = realLog(2_000);
        byte[] whole = Files.readAllBytes(file);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2 / pageSize * pageSize);
        Files.write(file, cut);

        OpenReport report = open();

        assertSetAsideAndFresh(report, cut, "it is damaged");
    }

    @Test
    void aLogDamagedTwiceKeepsBothCopies() throws Exception {
        Files.writeString(file, "first garbage ".repeat(100));
        open();
        storage.close();
        Files.writeString(file, "second garbage ".repeat(100));

        OpenReport report = open();

        assertEquals(dir.resolve("unknot.db.corrupt-" + SafeFiles.stamp(T0) + "-2"), report.setAside().orElseThrow());
        assertTrue(Files.readString(dir.resolve("unknot.db.corrupt-" + SafeFiles.stamp(T0))).startsWith("first"));
        assertTrue(Files.readString(report.setAside().orElseThrow()).startsWith("second"));
    }

    @Test
    void anEmptyFileIsNotSetAside() throws Exception {
        Files.createFile(file);
        assertEquals(OpenReport.fine(file), open());
        assertFalse(names(dir).stream().anyMatch(n -> n.contains("corrupt")));
    }
}
