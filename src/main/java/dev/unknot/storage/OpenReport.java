package dev.unknot.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What opening the log found. When the file could not be read it was renamed aside, never deleted, and a fresh
 * empty log started in its place so sessions are still saved; the UI then offers the newest backup or a fresh start.
 *
 * @param file         the log
 * @param setAside     where the unreadable file was kept; empty when the log opened as it was
 * @param problem      what was wrong with it, in plain words; empty when nothing was set aside
 * @param newestBackup the newest backup when the file was set aside (to offer a restore); otherwise empty
 */
public record OpenReport(Path file, Optional<Path> setAside, Optional<String> problem,
                         Optional<BackupFile> newestBackup) {
    public OpenReport {
        Objects.requireNonNull(file);
        Objects.requireNonNull(setAside);
        Objects.requireNonNull(problem);
        Objects.requireNonNull(newestBackup);
    }

    static OpenReport fine(Path file) {
        return new OpenReport(file, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** For the person, when something was set aside; empty when the log opened as it was. */
    public Optional<String> message() {
        return setAside.map(aside -> "Your log at " + file + " could not be read: " + problem.orElse("it is damaged.")
                + " It was kept as " + aside + " and a new, empty log was started, so sessions are saved again. "
                + newestBackup.map(b -> "You can restore the backup of " + LogSummary.when(b.time()) + " (" + b.path()
                        + "), or start fresh.").orElse("There is no backup to restore; you can start fresh."));
    }
}
