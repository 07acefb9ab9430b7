package dev.unknot.ui.data;

import dev.unknot.ui.DialogService;
import dev.unknot.ui.Failures;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the Log menu does: export to CSV, back up now, restore from a backup, and the choice offered when a damaged
 * log was set aside at start. Each asks what it must (a folder, which backup, whether to replace an earlier export or
 * the log itself, naming what would be replaced) through a {@link DialogService}, and ends with a plain message of
 * what happened. No JavaFX here: the menu items and dialogs are the view's.
 */
public final class LogMenuViewModel {
    static final String EXPORT = "Export to CSV";
    static final String BACK_UP = "Back up now";
    static final String RESTORE = "Restore from backup";

    /** Asks for a folder (the system's chooser in the app); empty when the person cancels. */
    @FunctionalInterface
    public interface FolderChooser {
        CompletableFuture<Optional<Path>> folder(String title, Path initial);
    }

    private final LogMaintenance log;
    private final DialogService dialogs;
    private final FolderChooser chooser;
    private final Executor fx;
    private final Runnable afterRestore;

    /**
     * @param fx           runs answers from the log on the UI thread ({@code Platform::runLater} in the app)
     * @param afterRestore refreshes whatever shows the log, once a restore has replaced it
     */
    public LogMenuViewModel(LogMaintenance log, DialogService dialogs, FolderChooser chooser, Executor fx,
                            Runnable afterRestore) {
        this.log = log;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.fx = fx;
        this.afterRestore = afterRestore;
    }

    /** A folder, then (if an earlier export is there) whether to replace it, then the export and what it wrote. */
    public void exportCsv() {
        chooser.folder("Export the log to CSV: choose a folder", log.defaultExportFolder())
                .whenCompleteAsync((folder, error) -> {
                    if (error != null) {
                        dialogs.tell(EXPORT, Failures.message(error), true);
                    } else {
                        folder.filter(this::mayReplaceExport).ifPresent(f -> report(EXPORT, log.exportCsv(f)));
                    }
                }, fx);
    }

    /** An earlier export in the folder is replaced only when the person says so. */
    private boolean mayReplaceExport(Path folder) {
        List<String> there = log.exportFilesIn(folder);
        if (there.isEmpty()) {
            return true;
        }
        boolean one = there.size() == 1;
        return dialogs.confirm(EXPORT, "Replace the earlier export?", String.join(" and ", there)
                + (one ? " is" : " are") + " already in " + folder + ", from an earlier export. Exporting again "
                + "replaces " + (one ? "it" : "them") + " with the log as it is now.", "Replace");
    }

    public void backupNow() {
        report(BACK_UP, log.backupNow());
    }

    /** Which backup (the newest offered first), then the confirmation naming what would be replaced. */
    public void chooseAndRestore() {
        log.backups().whenCompleteAsync((backups, error) -> {
            if (error != null) {
                dialogs.tell(RESTORE, Failures.message(error), true);
            } else if (backups.isEmpty()) {
                dialogs.tell(RESTORE, "There is no backup yet. Unknot makes one a day by itself, and Log → Back up "
                        + "now makes one at once.", false);
            } else {
                dialogs.choose(RESTORE, "Which backup should replace your log?", backups, backups.get(0))
                        .ifPresent(this::confirmRestore);
            }
        }, fx);
    }

    /** Asks, naming what will be replaced, then restores. */
    public void confirmRestore(LogMaintenance.Backup backup) {
        log.describeRestore(backup.path()).whenCompleteAsync((description, error) -> {
            if (error != null) {
                dialogs.tell(RESTORE, Failures.message(error), true);
            } else if (dialogs.confirm(RESTORE, "Replace your log with the backup of " + backup.label() + "?",
                    description, "Replace my log")) {
                restore(backup);
            }
        }, fx);
    }

    /**
     * At start, when the log could not be read and was set aside: says so, and offers the newest backup or a fresh
     * start (the fresh, empty log is already in place, so "start fresh" needs nothing more).
     */
    public void damagedLog(String message, Optional<LogMaintenance.Backup> newest) {
        boolean restore = dialogs.warn("Your log could not be read", "Your log could not be read. Nothing was deleted.",
                message, newest.isPresent() ? "Restore the backup" : null, "Start fresh");
        if (restore) {
            restore(newest.orElseThrow());
        }
    }

    private void restore(LogMaintenance.Backup backup) {
        report(RESTORE, log.restore(backup.path()).thenApply(message -> {
            fx.execute(afterRestore);
            return message;
        }));
    }

    private void report(String title, CompletableFuture<String> work) {
        work.whenCompleteAsync((message, error) -> {
            if (error != null) {
                dialogs.tell(title, Failures.message(error), true);
            } else {
                dialogs.tell(title, message, false);
            }
        }, fx);
    }
}
