package dev.unknot.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the log may be written where it is, asked before each opening of a log that exists. When it may not (a
 * read-only disk, a write-protected file or folder), {@link Storage} opens the log for reading only, so its history
 * still shows while sessions are kept in memory; writing is tried again at every later opening.
 */
@FunctionalInterface
public interface WriteAccess {
    boolean canWrite(Path dbFile);

    /**
     * What the file system says (access(2)): no on a read-only mount, and for a write-protected file or folder
     * unless the program runs as root, who may write them anyway.
     */
    WriteAccess FILE_SYSTEM = dbFile -> {
        Path folder = dbFile.toAbsolutePath().getParent();
        return Files.isWritable(dbFile) && (folder == null || Files.isWritable(folder));
    };
}
