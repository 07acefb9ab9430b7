package dev.unknot.storage;

import dev.unknot.domain.Region;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The app's side of {@link WalDrillTest}, in its own JVM: a real {@link Storage} on the log, one spasm episode
 * written, then one log operation, then {@code done}. On the line {@code write} it records another episode, waits
 * until it is written (synchronous=FULL: on the disk) and says {@code written <id>}; then it idles until killed.
 *
 * <p>Arguments: the log's path and the operation, one of {@link Operation}'s names.
 */
public final class WalDrillChild {
    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    /** What the app does with its log, as the drill runs it. */
    enum Operation {
        /** Opening, with the health check before it: nothing more. */
        OPEN,
        /** Log → Back up now. */
        BACKUP,
        /** What the confirmation before a restore shows: the current log and a backup, described. */
        DESCRIBE,
        /** Log → Restore from backup, from a backup made first. */
        RESTORE,
        /** Log → Export to CSV, as the app does it: the folder chooser shown with the log's files closed. */
        EXPORT,
        /** The export as it was before issue 11, the folder chooser shown with the log's files open. */
        EXPORT_WITH_FILES_OPEN
    }

    private WalDrillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Operation operation = Operation.valueOf(args[1]);
        Storage storage = TestLogs.openSaying(file, WalDrillChild::say);
        storage.ready().get(30, TimeUnit.SECONDS);
        episode(storage);
        switch (operation) {
            case OPEN -> {
            }
            case BACKUP -> storage.safety().backupNow().get(30, TimeUnit.SECONDS);
            case DESCRIBE -> {
                Path backup = storage.safety().backupNow().get(30, TimeUnit.SECONDS);
                storage.safety().describeCurrent().get(30, TimeUnit.SECONDS);
                storage.safety().describe(backup).get(30, TimeUnit.SECONDS);
            }
            case RESTORE -> {
                Path backup = storage.safety().backupNow().get(30, TimeUnit.SECONDS);
                episode(storage);
                storage.safety().restoreFrom(backup).get(30, TimeUnit.SECONDS);
            }
            case EXPORT -> {
                try (FilesClosed closed = storage.safety().closeFiles().get(30, TimeUnit.SECONDS)) {
                    folderChooser(file.getParent());
                }
                storage.safety().exportCsv(file.getParent()).get(30, TimeUnit.SECONDS);
            }
            case EXPORT_WITH_FILES_OPEN -> {
                folderChooser(file.getParent());
                storage.safety().exportCsv(file.getParent()).get(30, TimeUnit.SECONDS);
            }
        }
        say("done");
        if ("write".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine())) {
            say("written " + episode(storage));
        }
        while (true) {
            LockSupport.park();
        }
    }

    private static long episode(Storage storage) throws Exception {
        return storage.episodes().record(Instant.now(), Region.LOW_BACK, 4).get(30, TimeUnit.SECONDS).id();
    }

    /**
     * What GTK's folder chooser does in this process when it lists the log's folder (seen with strace): it opens
     * every file that is not empty, reads its start to guess its type, and closes it.
     */
    private static void folderChooser(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && Files.size(f) > 0) {
                    try (InputStream in = Files.newInputStream(f)) {
                        in.readNBytes(4096);
                    }
                }
            }
        }
    }

    private static void say(String line) {
        OUT.println(line);
    }
}
