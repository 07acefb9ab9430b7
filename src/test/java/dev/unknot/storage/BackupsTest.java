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
import static dev.unknot.storage.SafetyFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0, StorageStatusListener.NONE, SafetyFixtures.SECONDS);

    @Test
    void aBackupTakenWhileASessionIsRecordedOpensWithTheSameRowsAsTheLogAndIsOneFile() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        SessionDriver running = new SessionDriver(open.storage(), open.wall());
        running.startAndWork(40);
        await(open.storage().flush());

        Path backup = await(open.storage().safety().backupNow());

        assertEquals(open.dir().resolve("backups/unknot-20261125-" + stampTime() + ".db"), backup);
        try (RawDb log = new RawDb(open.file())) {
            // the storage connection holds the newest state in its -wal: compare through SQLite, not the bytes
            assertEquals(2, log.number("SELECT count(*) FROM session"));
        }
        assertEquals(dump(open.file()), dump(backup));
        assertTrue(dump(backup).stream().anyMatch(r -> r.endsWith("'running'")), dump(backup).toString());
        try (RawDb copy = new RawDb(backup)) {
            assertEquals("ok", copy.text("PRAGMA quick_check"));
            assertEquals("delete", copy.text("PRAGMA journal_mode"), "a backup is one self-contained file");
            assertEquals(Schema.LATEST, copy.number("PRAGMA user_version"));
        }
        assertEquals(List.of(backup.getFileName().toString()), names(open.dir().resolve("backups")),
                "no -wal, -shm or partial file beside it");

        running.pass(30);
        running.engine.endEarly();
        await(open.storage().flush());
        assertEquals(1, await(open.storage().safety().listBackups()).size());
    }

    private String stampTime() {
        return SafeFiles.stamp(open.wall().instant()).substring(9);
    }

    @Test
    void rotationKeepsTheNewestSevenAndTouchesNoOtherFile() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        Path backups = Files.createDirectories(open.dir().resolve("backups"));
        Files.writeString(backups.resolve("notes.txt"), "mine");
        Files.writeString(backups.resolve("unknot-manual.db"), "mine");
        Files.writeString(backups.resolve("other-20200101-000000.db"), "another log's backup");
        Files.writeString(backups.resolve("unknot-20200101-000000.db.txt"), "mine");

        Instant first = open.wall().instant();
        for (int i = 0; i < 10; i++) {
            await(open.storage().safety().backupNow());
            open.wall().advance(Duration.ofHours(1));
        }

        List<BackupFile> kept = await(open.storage().safety().listBackups());
        assertEquals(7, kept.size());
        for (int i = 0; i < 7; i++) {
            Instant made = first.plus(Duration.ofHours(9 - i));
            assertEquals(made.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), kept.get(i).time(), "newest first");
            assertEquals(backups.resolve("unknot-" + SafeFiles.stamp(made) + ".db"), kept.get(i).path());
            assertEquals(Files.size(kept.get(i).path()), kept.get(i).bytes());
        }
        for (String mine : List.of("notes.txt", "unknot-manual.db", "other-20200101-000000.db",
                "unknot-20200101-000000.db.txt")) {
            assertTrue(Files.exists(backups.resolve(mine)), mine);
        }
        assertEquals(7 + 4, names(backups).size());
    }

    @Test
    void backupIfDueMakesAtMostOneADayAndNoneOfAnEmptyLog() throws Exception {
        assertEquals(Optional.empty(), await(open.storage().safety().backupIfDue()), "an empty log is not backed up");
        assertFalse(Files.exists(open.dir().resolve("backups")));

        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        Path first = await(open.storage().safety().backupIfDue()).orElseThrow();
        Instant firstAt = await(open.storage().safety().listBackups()).get(0).time();

        open.wall().advance(Duration.ofHours(23));
        assertEquals(Optional.empty(), await(open.storage().safety().backupIfDue()));
        moveClockTo(firstAt.plus(Duration.ofHours(24)).minusSeconds(1));
        assertEquals(Optional.empty(), await(open.storage().safety().backupIfDue()), "23:59:59 after the last one");
        moveClockTo(firstAt.plus(Duration.ofHours(24)));
        Path second = await(open.storage().safety().backupIfDue()).orElseThrow();
        assertEquals(Optional.empty(), await(open.storage().safety().backupIfDue()));

        assertEquals(List.of(second, first),
                await(open.storage().safety().listBackups()).stream().map(BackupFile::path).toList());
    }

    private void moveClockTo(Instant instant) {
        open.wall().advance(Duration.between(open.wall().instant(), instant));
    }

    @Test
    void aBackupDatedInTheFutureDoesNotStopTheDailyOne() throws Exception {
        new SessionDriver(open.storage(), open.wall()).runToTheEnd();
        open.wall().advance(Duration.ofDays(30));
        Path future = await(open.storage().safety().backupNow());
        open.wall().advance(Duration.ofDays(-30)); // the clock was wrong, and is set right

        Path today = await(open.storage().safety().backupIfDue()).orElseThrow();
        assertEquals(Optional.empty(), await(open.storage().safety().backupIfDue()));
        assertEquals(List.of(future, today),
                await(open.storage().safety().listBackups()).stream().map(BackupFile::path).toList());
    }
}
