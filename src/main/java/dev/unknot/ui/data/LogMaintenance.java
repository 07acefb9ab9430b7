package dev.unknot.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the Log menu can ask of the log: export, back up, restore. Every answer is a sentence for the person;
 * failures complete the future exceptionally with a plain-words message.
 */
public interface LogMaintenance {

    /** A backup on offer, newest first. */
    record Backup(Path path, String label) {
        /** What a chooser lists. */
        @Override
        public String toString() {
            return label;
        }
    }

    /** Writes the CSV files into {@code folder}; says which files and how many rows. */
    CompletableFuture<String> exportCsv(Path folder);

    /** The names of the export's files already in {@code folder}, which exporting there would replace. */
    List<String> exportFilesIn(Path folder);

    /** Makes a backup now; says where. */
    CompletableFuture<String> backupNow();

    CompletableFuture<List<Backup>> backups();

    /** What a restore from {@code backup} would replace, for the confirmation. */
    CompletableFuture<String> describeRestore(Path backup);

    /** Replaces the log with the backup, keeping the current log as a copy; says what happened. */
    CompletableFuture<String> restore(Path backup);

    /** The folder the CSV files go to unless the person picks another. */
    Path defaultExportFolder();

    /**
     * Closes the log's files until the handle is closed; requests made meanwhile wait, then run. For the system's
     * file and folder choosers, which may open and close the files of any folder they list: see {@link SystemChooser}.
     */
    CompletableFuture<FilesClosed> closeFiles();

    /** Lets the log open its files again; closing it twice does no harm. */
    interface FilesClosed extends AutoCloseable {
        @Override
        void close();
    }
}
