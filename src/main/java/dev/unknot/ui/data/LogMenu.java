package dev.unknot.ui.data;

import dev.unknot.ui.Failures;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import dev.unknot.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.Optional;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The Log menu: export to CSV, back up now, restore from a backup. Each asks what it must (a folder, which backup,
 * a confirmation naming what will be replaced) and ends with a plain message of what happened.
 */
public final class LogMenu {
    private final LogMaintenance log;
    private final Supplier<Window> owner;
    private final Runnable afterRestore;
    private final SystemChooser chooser;

    /** @param afterRestore refreshes whatever shows the log, once a restore has replaced it */
    public LogMenu(LogMaintenance log, Supplier<Window> owner, Runnable afterRestore) {
        this.log = log;
        this.owner = owner;
        this.afterRestore = afterRestore;
        this.chooser = new SystemChooser(log::closeFiles, Platform::runLater);
    }

    public Menu menu() {
        Menu menu = new Menu("_Log");
        MenuItem export = new MenuItem("_Export to CSV…");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> exportCsv());
        MenuItem backup = new MenuItem("_Back up now");
        backup.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        backup.setOnAction(e -> backupNow());
        MenuItem restore = new MenuItem("_Restore from backup…");
        restore.setOnAction(e -> chooseAndRestore());
        Icons.on(export, MaterialDesignF.FILE_DELIMITED_OUTLINE);
        Icons.on(backup, MaterialDesignB.BACKUP_RESTORE);
        Icons.on(restore, MaterialDesignR.RESTORE);
        menu.getItems().addAll(export, backup, restore);
        return menu;
    }

    public void exportCsv() {
        chooser.folder("Export the log to CSV: choose a folder", log.defaultExportFolder(), owner)
                .whenCompleteAsync((folder, error) -> {
                    if (error != null) {
                        inform(Alert.AlertType.ERROR, "Export to CSV", Failures.message(error));
                    } else {
                        folder.filter(this::mayReplaceExport).ifPresent(f -> report("Export to CSV", log.exportCsv(f)));
                    }
                }, Platform::runLater);
    }

    /** An earlier export in the folder is replaced only when the person says so. */
    private boolean mayReplaceExport(Path folder) {
        List<String> there = log.exportFilesIn(folder);
        if (there.isEmpty()) {
            return true;
        }
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, String.join(" and ", there) + (there.size() == 1
                ? " is" : " are") + " already in " + folder + ", from an earlier export. Exporting again replaces "
                + (there.size() == 1 ? "it" : "them") + " with the log as it is now.", replace, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle("Export to CSV");
        ask.setHeaderText("Replace the earlier export?");
        ask.getDialogPane().setMinWidth(520);
        ask.getDialogPane().getStyleClass().add("export-replace");
        return ask.showAndWait().filter(replace::equals).isPresent();
    }

    public void backupNow() {
        report("Back up now", log.backupNow());
    }

    public void chooseAndRestore() {
        log.backups().whenCompleteAsync((backups, error) -> {
            if (error != null) {
                inform(Alert.AlertType.ERROR, "Restore from backup", Failures.message(error));
            } else if (backups.isEmpty()) {
                inform(Alert.AlertType.INFORMATION, "Restore from backup",
                        "There is no backup yet. Unknot makes one a day by itself, and Log → Back up now makes one at once.");
            } else {
                ChoiceDialog<LogMaintenance.Backup> choose = new ChoiceDialog<>(backups.get(0), backups);
                choose.initOwner(owner.get());
                choose.setTitle("Restore from backup");
                choose.setHeaderText("Which backup should replace your log?");
                choose.setContentText("Backup:");
                choose.showAndWait().ifPresent(this::confirmRestore);
            }
        }, Platform::runLater);
    }

    /** Asks, naming what will be replaced, then restores. Also used when a damaged log was set aside at start. */
    public void confirmRestore(LogMaintenance.Backup backup) {
        log.describeRestore(backup.path()).whenCompleteAsync((description, error) -> {
            if (error != null) {
                inform(Alert.AlertType.ERROR, "Restore from backup", Failures.message(error));
                return;
            }
            ButtonType replace = new ButtonType("Replace my log", ButtonBar.ButtonData.OK_DONE);
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, description, replace, ButtonType.CANCEL);
            confirm.initOwner(owner.get());
            confirm.setTitle("Restore from backup");
            confirm.setHeaderText("Replace your log with the backup of " + backup.label() + "?");
            confirm.getDialogPane().setMinWidth(560);
            Optional<ButtonType> answer = confirm.showAndWait();
            if (answer.isPresent() && answer.get() == replace) {
                report("Restore from backup", log.restore(backup.path()).thenApply(message -> {
                    Platform.runLater(afterRestore);
                    return message;
                }));
            }
        }, Platform::runLater);
    }

    /**
     * At start, when the log could not be read and was set aside: says so, and offers the newest backup or a fresh
     * start (the fresh, empty log is already in place, so "start fresh" needs nothing more).
     */
    public void damagedLog(String message, Optional<LogMaintenance.Backup> newest) {
        ButtonType restore = new ButtonType("Restore the backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType("Start fresh", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = newest.isPresent()
                ? new Alert(Alert.AlertType.WARNING, message, restore, fresh)
                : new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Your log could not be read");
        alert.setHeaderText("Your log could not be read. Nothing was deleted.");
        alert.getDialogPane().setMinWidth(600);
        alert.getDialogPane().getStyleClass().add("damaged-log");
        Optional<ButtonType> answer = alert.showAndWait();
        if (newest.isPresent() && answer.isPresent() && answer.get() == restore) {
            report("Restore from backup", log.restore(newest.get().path()).thenApply(text -> {
                Platform.runLater(afterRestore);
                return text;
            }));
        }
    }

    private void report(String title, CompletableFuture<String> work) {
        work.whenCompleteAsync((message, error) -> {
            if (error != null) {
                inform(Alert.AlertType.ERROR, title, Failures.message(error));
            } else {
                inform(Alert.AlertType.INFORMATION, title, message);
            }
        }, Platform::runLater);
    }

    private void inform(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().getStyleClass().add("log-message");
        alert.show();
    }
}
