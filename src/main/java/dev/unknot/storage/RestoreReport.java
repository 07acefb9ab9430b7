package dev.unknot.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a restore did.
 *
 * @param backup        the file restored from (it is left as it was)
 * @param keptAs        the copy of the log as it was just before, kept for good
 * @param before        what the log held before
 * @param after         what it holds now
 * @param fromSchema    the backup's schema version; lower than {@code after.schemaVersion()} when it was migrated
 * @param interrupted   sessions the backup caught while running, now marked interrupted with the time they had
 */
public record RestoreReport(Path backup, Path keptAs, LogSummary before, LogSummary after, int fromSchema,
                            int interrupted) {
    public RestoreReport {
        Objects.requireNonNull(backup);
        Objects.requireNonNull(keptAs);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }

    public boolean migrated() {
        return fromSchema < after.schemaVersion();
    }

    /** For the person. */
    public String message() {
        return "Your log at " + after.file() + " now holds the backup " + backup.getFileName() + " (" + after.plain()
                + "). What it held before (" + before.plain() + ") is kept at " + keptAs + "."
                + (migrated() ? " The backup was made by an older Unknot and has been brought up to date." : "")
                + (interrupted == 0 ? "" : interrupted == 1
                        ? " One session was still running when the backup was made; it is marked interrupted."
                        : " " + interrupted + " sessions were still running when the backup was made; they are marked interrupted.");
    }
}
