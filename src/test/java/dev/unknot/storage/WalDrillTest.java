package dev.unknot.storage;

import dev.unknot.storage.WalDrillChild.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drill of issue 11: another program may read the log while Unknot runs and nothing is lost. For each log
 * operation, a child JVM ({@link WalDrillChild}) runs the real Storage and performs it; then another process
 * ({@link OutsideReader}) opens the log, reads it and closes it, as {@code sqlite3 unknot.db "select count(*) from
 * session"} does; then the child writes and, once the write is on disk, is killed with SIGKILL; the log is opened
 * again and the write must be there.
 *
 * <p>What it guards against: SQLite's locks are POSIX record locks, which the process loses when it closes any
 * descriptor on the file. A process that lost them looks to the outside reader like nobody's: on closing, the reader
 * checkpoints the log and deletes its -wal and -shm, while the app goes on writing into the deleted -wal; a crash
 * then loses every write since. The export's folder chooser (GTK's opens every file of the folder it lists) did
 * that, which {@link Operation#EXPORT_WITH_FILES_OPEN} still does: the drill must catch it, so for that one it
 * expects the -wal deleted and the write lost.
 */
class WalDrillTest {
    private static final int SECONDS = 60;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly();
            p.waitFor(SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void afterEveryLogOperationAnOutsideReaderDeletesNothingAndAWriteSurvivesSigkill() throws Exception {
        Map<Operation, Child> apps = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            apps.put(op, startApp(op)); // they boot side by side
        }
        Reader outside = startReader();
        for (Operation op : Operation.values()) {
            Child app = apps.get(op);
            Path wal = SafeFiles.companion(app.log(), "-wal");
            app.awaitLine("done");

            assertEquals("read 0", outside.read(app.log()), op + ": the outside reader read the log");
            boolean walKept = Files.exists(wal);
            long id = app.write();
            app.kill();
            long found;
            try (RawDb db = new RawDb(app.log())) {
                found = db.number("SELECT count(*) FROM episode WHERE id = " + id);
                assertEquals("ok", db.text("PRAGMA integrity_check"), op.name());
            }

            if (op == Operation.EXPORT_WITH_FILES_OPEN) {
                // The drill catches a process that dropped its locks: the reader took the log for unused, deleted
                // the -wal, and the write that went into the deleted -wal died with the process.
                assertFalse(walKept, op + ": the outside reader deleted the -wal");
                assertEquals(0, found, op + ": the write after the outside reader is lost");
            } else {
                assertTrue(walKept, op + ": the outside reader left the -wal in place");
                assertEquals(1, found, op + ": the episode written after the outside reader is in the log");
            }
        }
    }

    private Child startApp(Operation op) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(op.name().toLowerCase()));
        Path log = folder.resolve("unknot.db");
        Path stderr = dir.resolve(op.name().toLowerCase() + ".err");
        Process process = ChildJvm.start(dir, stderr, WalDrillChild.class, log.toString(), op.name());
        children.add(process);
        return new Child(op, log, process, ChildJvm.lines(process), stderr);
    }

    private Reader startReader() throws IOException {
        Process process = ChildJvm.start(dir, dir.resolve("reader.err"), OutsideReader.class);
        children.add(process);
        return new Reader(process, ChildJvm.lines(process));
    }

    /** The app, in its child JVM. */
    private record Child(Operation op, Path log, Process process, BlockingQueue<String> lines, Path stderr) {
        String next() throws Exception {
            String line = lines.poll(SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals(ChildJvm.EOF) || line.startsWith("failed")) {
                throw new AssertionError(op + ": the child said " + line + "; stderr: " + Files.readString(stderr));
            }
            return line;
        }

        void awaitLine(String expected) throws Exception {
            assertEquals(expected, next(), op.name());
        }

        /** Has the child write an episode; returns its id once it is on disk. */
        long write() throws Exception {
            OutputStream in = process.getOutputStream();
            in.write("write\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
            String written = next();
            assertTrue(written.startsWith("written "), op + ": " + written);
            return Long.parseLong(written.substring("written ".length()));
        }

        void kill() throws Exception {
            assertTrue(process.destroyForcibly().waitFor(SECONDS, TimeUnit.SECONDS), op + ": the child died");
            assertEquals(128 + 9, process.exitValue(), op + ": killed by SIGKILL");
        }
    }

    /** The other program, in its own JVM. */
    private record Reader(Process process, BlockingQueue<String> lines) {
        String read(Path log) throws Exception {
            OutputStream in = process.getOutputStream();
            in.write((log + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            return lines.poll(SECONDS, TimeUnit.SECONDS);
        }
    }
}
