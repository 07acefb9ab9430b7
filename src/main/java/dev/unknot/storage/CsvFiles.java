package dev.unknot.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The files a CSV export wrote.
 *
 * @param sessions the sessions file, one row per session
 * @param steps    the steps file, one row per step, joined to sessions by session_id
 * @param sessionCount rows in the sessions file (without the header)
 * @param stepCount    rows in the steps file (without the header)
 */
public record CsvFiles(Path sessions, Path steps, int sessionCount, int stepCount) {
    public CsvFiles {
        Objects.requireNonNull(sessions);
        Objects.requireNonNull(steps);
    }
}
