package dev.unknot.ui.data;

import dev.unknot.ui.DialogService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Log menu's decisions, with the log, the dialogs and the folder chooser stood in for. */
class LogMenuViewModelTest {
    private static final Path FOLDER = Path.of("/home/me/exports");
    private static final LogMaintenance.Backup BACKUP = new LogMaintenance.Backup(Path.of("/b/unknot-1.db"), "Mon 30 Nov");

    private final List<String> said = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final List<String> done = new ArrayList<>();
    private List<String> filesThere = List.of();
    private List<LogMaintenance.Backup> backups = List.of(BACKUP);
    private Optional<Path> chosenFolder = Optional.of(FOLDER);
    private int restored;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void tell(String title, String message, boolean problem) {
            said.add((problem ? "PROBLEM " : "") + title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String header, String message, String yes) {
            said.add("ASK " + header + " | " + message + " [" + yes + "]");
            return answers.pop();
        }

        @Override
        public <T> Optional<T> choose(String title, String header, List<T> choices, T first) {
            said.add("CHOOSE " + header + " " + choices);
            return answers.pop() ? Optional.of(first) : Optional.empty();
        }

        @Override
        public boolean warn(String title, String header, String message, String yes, String no) {
            said.add("WARN " + header + " [" + yes + "/" + no + "]");
            return yes != null && answers.pop();
        }
    };

    private final LogMaintenance log = new LogMaintenance() {
        @Override
        public CompletableFuture<String> exportCsv(Path folder) {
            done.add("export " + folder);
            return CompletableFuture.completedFuture("Exported to " + folder + ".");
        }

        @Override
        public List<String> exportFilesIn(Path folder) {
            return filesThere;
        }

        @Override
        public CompletableFuture<String> backupNow() {
            return CompletableFuture.failedFuture(new IllegalStateException("The disk is full."));
        }

        @Override
        public CompletableFuture<List<Backup>> backups() {
            return CompletableFuture.completedFuture(backups);
        }

        @Override
        public CompletableFuture<String> describeRestore(Path backup) {
            return CompletableFuture.completedFuture("Your log now holds 3 sessions (demo.db.before-restore-…).");
        }

        @Override
        public CompletableFuture<String> restore(Path backup) {
            done.add("restore " + backup);
            return CompletableFuture.completedFuture("Restored.");
        }

        @Override
        public Path defaultExportFolder() {
            return Path.of("/home/me");
        }

        @Override
        public CompletableFuture<FilesClosed> closeFiles() {
            return CompletableFuture.completedFuture(() -> { });
        }
    };

    private final LogMenuViewModel vm = new LogMenuViewModel(log, dialogs,
            (title, initial) -> CompletableFuture.completedFuture(chosenFolder), Runnable::run, () -> restored++);

    @Test
    void exportIntoAFreshFolderAsksNothingAndSaysWhatItWrote() {
        vm.exportCsv();
        assertEquals(List.of("export " + FOLDER), done);
        assertEquals(List.of("Export to CSV: Exported to " + FOLDER + "."), said);
    }

    @Test
    void anEarlierExportIsReplacedOnlyAfterAYes() {
        filesThere = List.of("unknot-sessions.csv", "unknot-steps.csv");
        answers.push(false);
        vm.exportCsv();
        assertEquals(List.of(), done, "no: nothing written");
        assertTrue(said.get(0).startsWith("ASK Replace the earlier export? | unknot-sessions.csv and unknot-steps.csv "
                + "are already in " + FOLDER), said.get(0));

        answers.push(true);
        vm.exportCsv();
        assertEquals(List.of("export " + FOLDER), done);
    }

    @Test
    void aCancelledChooserDoesNothing() {
        chosenFolder = Optional.empty();
        vm.exportCsv();
        assertEquals(List.of(), done);
        assertEquals(List.of(), said);
    }

    @Test
    void aFailedBackupIsSaidAsAProblemInPlainWords() {
        vm.backupNow();
        assertEquals(List.of("PROBLEM Back up now: The disk is full."), said);
    }

    @Test
    void restoreChoosesThenAsksNamingWhatIsReplacedThenRefreshesTheScreens() {
        answers.addLast(true); // the backup chosen
        answers.addLast(true); // "Replace my log"
        vm.chooseAndRestore();
        assertEquals(List.of("restore " + BACKUP.path()), done);
        assertEquals(1, restored);
        assertTrue(said.get(1).contains("demo.db.before-restore-…") && said.get(1).endsWith("[Replace my log]"),
                said.get(1));
        assertEquals("Restore from backup: Restored.", said.get(2));
    }

    @Test
    void noBackupYetIsSaidAndNothingIsAsked() {
        backups = List.of();
        vm.chooseAndRestore();
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("There is no backup yet"));
    }

    @Test
    void aDamagedLogOffersTheNewestBackupOrAFreshStart() {
        answers.push(false);
        vm.damagedLog("set aside", Optional.of(BACKUP));
        assertEquals(List.of(), done, "start fresh: the empty log is already there");
        vm.damagedLog("set aside", Optional.empty());
        assertEquals("WARN Your log could not be read. Nothing was deleted. [null/Start fresh]", said.get(1));
    }
}
