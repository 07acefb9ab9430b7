package dev.unknot.app;

import dev.unknot.storage.BackupFile;
import dev.unknot.storage.CsvFiles;
import dev.unknot.storage.LogSafety;
import dev.unknot.ui.data.LogMaintenance;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The Log menu's requests, answered by the log's {@link LogSafety}, in sentences for the person. */
final class StorageMaintenance implements LogMaintenance {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    private final LogSafety log;
    private final ZoneId zone;

    StorageMaintenance(LogSafety log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    @Override
    public CompletableFuture<String> exportCsv(Path folder) {
        return call(() -> log.exportCsv(folder)).thenApply(files -> "Exported " + files.sessionCount()
                + " sessions to " + files.sessions() + " and " + files.stepCount() + " steps to " + files.steps()
                + ". Both are CSV (RFC 4180, UTF-8) with times in ISO-8601 UTC.");
    }

    @Override
    public List<String> exportFilesIn(Path folder) {
        return CsvFiles.alreadyIn(folder);
    }

    @Override
    public CompletableFuture<String> backupNow() {
        return call(log::backupNow).thenApply(file -> "Backed up to " + file
                + ". The newest 7 backups are kept.");
    }

    @Override
    public CompletableFuture<List<Backup>> backups() {
        return call(log::listBackups).thenApply(list -> list.stream().map(this::backup).toList());
    }

    Backup backup(BackupFile file) {
        return new Backup(file.path(), WHEN.format(file.time().atZone(zone)));
    }

    @Override
    public CompletableFuture<String> describeRestore(Path backup) {
        LogSafety s = log;
        return call(() -> s.describeCurrent().thenCombine(s.describe(backup), (now, then) ->
                "Your log now holds " + now.plain() + ".\nThe backup holds " + then.plain() + ".\n\n"
                        + "Restoring replaces everything your log holds — sessions, settings, your own routines and "
                        + "your spasm record — with what the backup holds. Your log as it is now is kept as a copy "
                        + "beside it (" + s.file().getFileName() + ".before-restore-… in " + folderOf(s.file())
                        + "), so nothing is lost."));
    }

    @Override
    public CompletableFuture<String> restore(Path backup) {
        return call(() -> log.restoreFrom(backup)).thenApply(report -> report.message());
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    @Override
    public Path defaultExportFolder() {
        return Path.of(System.getProperty("user.home", "."));
    }

    @Override
    public CompletableFuture<FilesClosed> closeFiles() {
        return call(log::closeFiles).thenApply(closed -> closed::close);
    }

    /** A request refused at once (a value that breaks a rule) fails its future, as one refused later does. */
    private static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> request) {
        try {
            return request.get();
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}
