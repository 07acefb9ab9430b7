package dev.unknot.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * File moves for the log's safety copies: names stamped with the time, never reusing a name, contents forced to
 * the disk before a file takes its final name.
 *
 * <p>The only place in the storage where a file's content is opened from Java (the one-window lock file aside), and
 * it never opens a SQLite database that is in use (one with a -wal, -shm or -journal beside it) or such a
 * companion: on Linux and macOS closing any descriptor the process has on a file drops every POSIX lock the process
 * holds on it, SQLite's included, and another program could then delete the log's -wal under the connection
 * (see {@link LogSafety#closeFiles()}). The log is read and copied through SQLite only.
 */
final class SafeFiles {
    /** The files SQLite may keep beside a database, named by suffix; they belong to it and move with it. */
    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    /**
     * UTC, so the names sort in time order through daylight-saving changes and a move across time zones, and so
     * the time can be read back from the name.
     */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SafeFiles() {
    }

    static String stamp(Instant instant) {
        return STAMP.format(instant);
    }

    static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * {@code <file name><infix><stamp>} beside {@code file}, or with "-2", "-3"... added when that name (or one of
     * its companions) is taken: a safety copy never replaces another.
     */
    static Path unusedName(Path file, String infix, Instant at) {
        String base = file.getFileName() + infix + stamp(at);
        for (int n = 1; ; n++) {
            Path candidate = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.notExists(candidate) && COMPANIONS.stream().allMatch(s -> Files.notExists(companion(candidate, s)))) {
                return candidate;
            }
        }
    }

    /** Renames within one folder, atomically where the file system can; never over an existing file. */
    static void moveNoReplace(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Renames within one folder over {@code to} if it exists: readers see the old file or the new, never half. */
    static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Refuses a file SQLite may hold locks on: a companion, or a database with a companion beside it (while a
     * connection has a database open in WAL mode its -wal and -shm are there).
     */
    static void refuseSqliteInUse(Path file) {
        String name = file.getFileName().toString();
        if (COMPANIONS.stream().anyMatch(name::endsWith)
                || COMPANIONS.stream().anyMatch(s -> Files.exists(companion(file, s)))) {
            throw new IllegalArgumentException(file + " is a SQLite database in use or one of its files: it is read "
                    + "and copied through SQLite only, since closing a descriptor on it would drop SQLite's locks");
        }
    }

    /** Writes a new file (replacing one of that name) and forces it to the disk. */
    static void writeNew(Path file, byte[] content) throws IOException {
        refuseSqliteInUse(file);
        Files.write(file, content);
        fsync(file);
    }

    /** Forces the file's content to the disk. */
    static void fsync(Path file) throws IOException {
        refuseSqliteInUse(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk where the platform allows it (not on Windows). */
    static void fsyncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // best effort: the rename is already done; this only hurries it to the disk
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(SafeFiles.class.getName()).log(System.Logger.Level.DEBUG, "could not delete " + file, e);
        }
    }
}
