package dev.unknot.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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

    /** The export's files already in {@code folder}, by name, which an export there would replace. */
    public static List<String> alreadyIn(Path folder) {
        return Stream.of(CsvExport.SESSIONS_FILE, CsvExport.STEPS_FILE)
                .filter(name -> Files.exists(folder.resolve(name))).toList();
    }
}
