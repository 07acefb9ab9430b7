package dev.unknot.ui.data;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The system's file and folder choosers, shown only while the log's files are closed; the only class that shows
 * one (LayerTest keeps it so).
 *
 * <p>GTK's chooser on Linux runs in this process and opens, reads and closes every file of a folder it lists, to
 * tell its type: the log, its -wal and its -shm too when the person goes to the log's folder (seen with strace).
 * SQLite's locks are POSIX record locks, which the process loses when it closes any descriptor on the file; another
 * program reading the log would then take it for unused and delete its -wal while Unknot still wrote into it, and
 * a crash would lose what was written since (issue 11). With the files closed, there is no lock to lose.
 */
final class SystemChooser {
    private final Supplier<CompletableFuture<LogMaintenance.FilesClosed>> closeFiles;
    private final Executor fxThread;

    /**
     * @param closeFiles closes the log's files ({@link LogMaintenance#closeFiles()})
     * @param fxThread   where the dialogs are shown ({@code Platform::runLater})
     */
    SystemChooser(Supplier<CompletableFuture<LogMaintenance.FilesClosed>> closeFiles, Executor fxThread) {
        this.closeFiles = closeFiles;
        this.fxThread = fxThread;
    }

    /** Asks for a folder, starting in {@code initial} if it exists; empty when the person cancels. */
    CompletableFuture<Optional<Path>> folder(String title, Path initial, Supplier<Window> owner) {
        return whileLogClosed(() -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (Files.isDirectory(initial)) {
                chooser.setInitialDirectory(initial.toFile());
            }
            return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
        });
    }

    /** Runs {@code dialog} on the FX thread once the log's files are closed; they open again when it returns. */
    <T> CompletableFuture<T> whileLogClosed(Supplier<T> dialog) {
        return closeFiles.get().thenApplyAsync(closed -> {
            try (closed) {
                return dialog.get();
            }
        }, fxThread);
    }
}
