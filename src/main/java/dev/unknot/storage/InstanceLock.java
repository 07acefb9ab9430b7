package dev.unknot.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Unknot per log: an exclusive lock on {@code <db>.lock} beside the database, held from before the log is opened
 * until it is closed. Two windows writing one log would each believe their own view of it; SQLite would keep the
 * file sound, but a restore or a setting-aside in one would pull the file from under the other.
 *
 * <p>The lock file is never deleted: deleting it while another process is about to lock it would let both "hold" a
 * lock, each on a different file.
 *
 * <p>Within one JVM the lock is also kept in {@link #HELD}, checked before any channel is opened. That is not only
 * for speed: on Linux and macOS the OS lock is a POSIX record lock, which the process loses on the first close of
 * <em>any</em> descriptor for the file. A second Storage that opened the lock file, met
 * OverlappingFileLockException and closed its channel would silently release the first Storage's lock.
 */
final class InstanceLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(InstanceLock.class.getName());
    /** Lock files held by this JVM, as {@link #lockFileFor} names them. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private InstanceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** {@code <db>.lock} beside the log; through the real path of its folder when that exists (symbolic links). */
    static Path lockFileFor(Path dbFile) {
        Path db = dbFile.toAbsolutePath().normalize();
        Path folder = db.getParent();
        try {
            folder = folder.toRealPath();
        } catch (IOException notYet) {
            // the folder is made before the log is opened; until then the plain path will do
        }
        return folder.resolve(db.getFileName() + ".lock");
    }

    /**
     * Takes the lock, or throws if another window holds it. The log's folder must exist. When the file system
     * cannot lock at all (some network shares) the log is opened without the guard, with a warning: saving
     * sessions matters more than the guard.
     */
    static InstanceLock acquire(Path dbFile) throws AlreadyRunningException {
        Path lockFile = lockFileFor(dbFile);
        if (!HELD.add(lockFile)) {
            throw new AlreadyRunningException(dbFile);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new AlreadyRunningException(dbFile); // another process holds it
            }
            return new InstanceLock(lockFile, channel, lock);
        } catch (AlreadyRunningException | OverlappingFileLockException held) {
            // OverlappingFileLockException: code outside Storage locked the file in this JVM
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw held instanceof AlreadyRunningException a ? a : new AlreadyRunningException(dbFile);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not lock " + lockFile + "; opening the log without the "
                    + "guard against a second Unknot window", e);
            closeQuietly(channel);
            return new InstanceLock(lockFile, null, null);
        }
    }

    /** Whether a real OS lock is held (false when the file system could not lock). */
    boolean isHeld() {
        return lock != null && lock.isValid();
    }

    /** Releases the lock; the lock file stays. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "releasing " + lockFile + " failed", e);
        } finally {
            closeQuietly(channel);
            HELD.remove(lockFile);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing a lock file failed", e);
            }
        }
    }
}
