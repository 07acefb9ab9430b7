package dev.unknot.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SafeFiles never opens a SQLite file in use: closing the descriptor would drop the connection's locks (issue 11). */
class SafeFilesTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0, StorageStatusListener.NONE, SafetyFixtures.SECONDS);

    @Test
    void theOpenLogAndItsCompanionsAreRefused() {
        Path log = open.file();
        for (Path file : new Path[]{log, SafeFiles.companion(log, "-wal"), SafeFiles.companion(log, "-shm")}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafeFiles.fsync(file));
            assertTrue(e.getMessage().startsWith(file + " is a SQLite database in use"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> SafeFiles.writeNew(file, new byte[1]));
        }
        assertThrows(IllegalArgumentException.class,
                () -> SafeFiles.writeNew(SafeFiles.companion(open.dir().resolve("other.db"), "-journal"), new byte[1]),
                "a companion's name alone is enough");
    }

    @Test
    void otherFilesAreWrittenAndForcedToDisk() throws Exception {
        Path file = open.dir().resolve("unknot-sessions.csv");
        byte[] text = "id\r\n".getBytes(StandardCharsets.UTF_8);
        SafeFiles.writeNew(file, text);
        SafeFiles.fsync(file);
        assertArrayEquals(text, Files.readAllBytes(file));
    }
}
