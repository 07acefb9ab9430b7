package dev.unknot.ui.data;

import dev.unknot.ui.FxDialogs;
import dev.unknot.ui.Icon;
import dev.unknot.ui.Icons;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Log menu's items, wired to {@link LogMenuViewModel}, which decides what is asked and said; the dialogs are
 * JavaFX ones over the window ({@link FxDialogs}) and the folder chooser runs with the log's files closed
 * ({@link SystemChooser}).
 */
public final class LogMenu {
    private final LogMenuViewModel vm;

    /** @param afterRestore refreshes whatever shows the log, once a restore has replaced it */
    public LogMenu(LogMaintenance log, Supplier<Window> owner, Runnable afterRestore) {
        SystemChooser chooser = new SystemChooser(log::closeFiles, Platform::runLater);
        this.vm = new LogMenuViewModel(log, new FxDialogs(owner), (title, initial) -> chooser.folder(title, initial,
                owner), Platform::runLater, afterRestore);
    }

    public Menu menu() {
        Menu menu = new Menu("_Log");
        MenuItem export = new MenuItem("_Export to CSV…");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> vm.exportCsv());
        MenuItem backup = new MenuItem("_Back up now");
        backup.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        backup.setOnAction(e -> vm.backupNow());
        MenuItem restore = new MenuItem("_Restore from backup…");
        restore.setOnAction(e -> vm.chooseAndRestore());
        Icons.on(export, Icon.FILE_DELIMITED_OUTLINE);
        Icons.on(backup, Icon.BACKUP_RESTORE);
        Icons.on(restore, Icon.RESTORE);
        menu.getItems().addAll(export, backup, restore);
        return menu;
    }

    /** At start, when the log could not be read and was set aside: see {@link LogMenuViewModel#damagedLog}. */
    public void damagedLog(String message, Optional<LogMaintenance.Backup> newest) {
        vm.damagedLog(message, newest);
    }
}
