package dev.unknot.app;

import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Log menu's sentences and questions, on a real log in a temp folder. */
class StorageMaintenanceTest {
    @TempDir
    Path dir;

    @Test
    void theRestoreQuestionNamesTheRealLogFileAndFolder() throws Exception {
        Path db = dir.resolve("demo.db");
        try (Storage storage = TestLogs.open(db, Clock.systemUTC(), ZoneOffset.UTC, StorageStatusListener.NONE)) {
            storage.ready().get(30, TimeUnit.SECONDS);
            StorageMaintenance menu = new StorageMaintenance(storage.safety(), ZoneOffset.UTC);
            Path backup = storage.safety().backupNow().get(30, TimeUnit.SECONDS);

            String question = menu.describeRestore(backup).get(30, TimeUnit.SECONDS);

            assertTrue(question.contains("(demo.db.before-restore-… in " + dir.toAbsolutePath() + ")"), question);
            assertTrue(!question.contains("unknot.db"), question);
        }
    }

    @Test
    void anEarlierExportInTheFolderIsFoundByName() throws Exception {
        Path db = dir.resolve("log.db");
        try (Storage storage = TestLogs.open(db, Clock.systemUTC(), ZoneOffset.UTC, StorageStatusListener.NONE)) {
            storage.ready().get(30, TimeUnit.SECONDS);
            StorageMaintenance menu = new StorageMaintenance(storage.safety(), ZoneOffset.UTC);
            Path out = Files.createDirectory(dir.resolve("out"));
            assertEquals(List.of(), menu.exportFilesIn(out));

            menu.exportCsv(out).get(30, TimeUnit.SECONDS);

            assertEquals(List.of("unknot-sessions.csv", "unknot-steps.csv"), menu.exportFilesIn(out));
        }
    }
}
