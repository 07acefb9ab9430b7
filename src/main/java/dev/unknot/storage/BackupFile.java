package dev.unknot.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A backup in the {@code backups} folder beside the log.
 *
 * @param path  the file, {@code backups/unknot-YYYYMMDD-HHMMSS.db}
 * @param time  when it was made, read from its name (the name is in UTC)
 * @param bytes its size
 */
public record BackupFile(Path path, Instant time, long bytes) {
    public BackupFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(time);
    }
}
