package dev.unknot.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The log's one thread ("unknot-storage", a daemon), its queue and its one connection. Every JDBC call runs on that
 * thread, in submission order; callers get futures back and never wait on the disk. Work submitted before
 * {@link #open()} waits, in order, behind the opening, so the file is touched only once the app asks for it.
 *
 * <p>Reads and writes open the file first when it is not open, so a fault fixed while the app runs (a folder made
 * writable, space freed) is picked up without a restart. Write failures go to the {@link StorageStatusListener} once
 * per streak, and a recovery once.
 */
final class LogQueue {
    static final String THREAD_NAME = "unknot-storage";
    static final long DEFAULT_RETRY_MILLIS = 5_000;

    private static final System.Logger LOG = System.getLogger(LogQueue.class.getName());

    private final Path dbFile;
    private final Clock wallClock;
    private final StorageStatusListener status;
    private final WriteAccess writeAccess;
    private final LogOpening opening;
    private final ThreadPoolExecutor executor;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Handed out by {@link #closeFiles} and not yet closed: {@link #close} closes them so the queue drains. */
    private final Set<FilesClosed> filesClosed = ConcurrentHashMap.newKeySet();
    /** Work queued before {@link #open()}, in order; null once it was called. Guarded by {@link #gate}. */
    private List<Task> held = new ArrayList<>();
    private final Object gate = new Object();
    private volatile Thread storageThread;
    /** Writes what sessions have pending (the session log's); run before closing and on each retry. */
    private volatile Runnable pendingWrites = () -> { };
    /** Made at the first failed session write: most runs never need it. */
    private ScheduledExecutorService retryTimer;
    private volatile long retryMillis = DEFAULT_RETRY_MILLIS;

    // The rest belongs to the storage thread.
    private Connection connection;
    private boolean failing;
    /** The connection was opened for reading only, as the log could not be written then. */
    private boolean readOnly;
    private boolean shutDown;
    private boolean retryScheduled;
    private DataSafety safety;

    LogQueue(Path dbFile, Clock wallClock, StorageStatusListener status, ConnectionFactory connections,
             WriteAccess writeAccess) {
        this.dbFile = dbFile.toAbsolutePath();
        this.wallClock = Objects.requireNonNull(wallClock);
        this.status = Objects.requireNonNull(status);
        this.writeAccess = Objects.requireNonNull(writeAccess);
        this.opening = new LogOpening(this.dbFile, connections, writeAccess);
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true);
            storageThread = t;
            return t;
        });
    }

    Path file() {
        return dbFile;
    }

    Clock wallClock() {
        return wallClock;
    }

    CompletableFuture<Void> ready() {
        return ready;
    }

    void writePendingWith(Runnable writePending) {
        pendingWrites = Objects.requireNonNull(writePending);
    }

    /** Queues the opening (creating and migrating the file as needed) ahead of everything asked for so far. */
    void open() {
        synchronized (gate) {
            if (held == null) {
                return;
            }
            List<Task> waiting = held;
            held = null;
            if (closed.get() && waiting.isEmpty()) {
                ready.completeExceptionally(closedException());
                return; // closed before it was opened, with nothing to write: the file is never touched
            }
            executor.execute(new Task(() -> {
                try {
                    connection();
                    ready.complete(null);
                } catch (Exception e) {
                    ready.completeExceptionally(new StorageException(Problems.cannotOpen(dbFile, e), e));
                }
            }, null));
            waiting.forEach(executor::execute);
        }
    }

    // ---- the queue -----------------------------------------------------------------------------------

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /** A queued job; {@code future} (may be null) is failed if the job is dropped at close. */
    private record Task(Runnable job, CompletableFuture<?> future) implements Runnable {
        @Override
        public void run() {
            try {
                job.run();
            } catch (RuntimeException | LinkageError e) {
                // A LinkageError (a class that failed to load) would otherwise leave the caller's future waiting forever.
                LOG.log(System.Logger.Level.ERROR, "A storage job failed unexpectedly", e);
                if (future != null) {
                    future.completeExceptionally(e);
                }
            }
        }

        void abandon(StorageException why) {
            if (future != null) {
                future.completeExceptionally(why);
            }
        }
    }

    /** @throws RejectedExecutionException once the log is closed */
    void enqueue(Runnable job, CompletableFuture<?> future) {
        Task task = new Task(job, future);
        synchronized (gate) {
            if (held != null) {
                if (closed.get()) {
                    throw new RejectedExecutionException("closed");
                }
                held.add(task);
            } else {
                executor.execute(task);
            }
        }
    }

    /** Runs {@code work} on the storage thread, in queue order; a closed log fails the future. */
    <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            enqueue(() -> {
                try {
                    future.complete(work.run());
                } catch (Exception e) {
                    future.completeExceptionally(e);
                }
            }, future);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(closedException());
        }
        return future;
    }

    StorageException closedException() {
        return new StorageException("Unknot's log at " + dbFile + " is closed.");
    }

    // ---- closing -------------------------------------------------------------------------------------

    /**
     * Writes what is still queued or pending (waiting at most {@code wait}), then closes the connection. Returns
     * false if it gave up waiting (what was still queued is then dropped and its futures fail).
     */
    boolean close(Duration wait) {
        if (!closed.compareAndSet(false, true)) {
            return true;
        }
        open(); // what was asked for before the opening is written now; with nothing asked, nothing is opened
        try {
            enqueue(() -> {
                pendingWrites.run();
                shutDown = true;
                closeConnection();
                if (safety != null) {
                    safety.close(); // lets another window open the log
                }
            }, null);
        } catch (RejectedExecutionException alreadyShut) {
            // nothing to drain
        }
        filesClosed.forEach(FilesClosed::close); // a chooser still open must not hold up the closing
        executor.shutdown();
        synchronized (gate) {
            if (retryTimer != null) {
                retryTimer.shutdownNow();
            }
        }
        if (Thread.currentThread() == storageThread) {
            return true; // called from a callback on the storage thread: the queue drains after we return
        }
        boolean interrupted = false;
        boolean drained = false;
        try {
            drained = executor.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (!drained) {
            LOG.log(System.Logger.Level.WARNING, "The log at " + dbFile + " did not finish writing within "
                    + wait.toMillis() + " ms; giving up on what is still queued.");
            for (Runnable dropped : executor.shutdownNow()) {
                if (dropped instanceof Task task) {
                    task.abandon(closedException());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return drained;
    }

    /** See {@link LogSafety#closeFiles()}. */
    CompletableFuture<FilesClosed> closeFiles() {
        FilesClosed handle = new FilesClosed();
        CompletableFuture<FilesClosed> future = new CompletableFuture<>();
        try {
            enqueue(() -> {
                pendingWrites.run();
                closeConnection();
                filesClosed.add(handle);
                if (closed.get()) {
                    handle.close(); // closing began: nothing may hold the queue now
                }
                future.complete(handle);
                handle.awaitRelease();
                filesClosed.remove(handle);
            }, future);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(closedException());
        }
        return future;
    }

    // ---- retrying a session's write ----------------------------------------------------------------------

    /**
     * Storage thread: asks for one more try at the pending writes after {@link #retryMillis}, unless one is asked for
     * already. A session that ends while the log is locked or read-only has no later event to carry its end, and the
     * app may stay open for hours.
     */
    void scheduleRetry() {
        if (retryScheduled || shutDown) {
            return;
        }
        retryScheduled = true;
        try {
            retryTimer().schedule(() -> {
                try {
                    enqueue(() -> {
                        retryScheduled = false;
                        if (!shutDown) {
                            pendingWrites.run();
                        }
                    }, null);
                } catch (RejectedExecutionException closedAlready) {
                    // closing wrote what it could
                }
            }, retryMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closedAlready) {
            retryScheduled = false;
        }
    }

    private ScheduledExecutorService retryTimer() {
        synchronized (gate) {
            if (retryTimer == null) {
                retryTimer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, THREAD_NAME + "-retry");
                    t.setDaemon(true);
                    return t;
                });
                if (closed.get()) {
                    retryTimer.shutdownNow();
                }
            }
            return retryTimer;
        }
    }

    /** Test hook: how long a failed session write waits before it is tried again on its own. */
    void retryEvery(long millis) {
        retryMillis = millis;
    }

    // ---- storage thread ------------------------------------------------------------------------------

    /** The backups, restore and export, and what the opening found; storage thread only. */
    DataSafety safety() {
        if (safety == null) {
            safety = new DataSafety(dbFile, wallClock);
        }
        return safety;
    }

    /** Opens (and migrates) the file if it is not open. */
    Connection connection() throws Exception {
        if (shutDown) {
            throw closedException();
        }
        if (connection == null) {
            safety().beforeOpen(); // one window per log, then an unreadable file is set aside (DataSafety)
            LogOpening.Opened opened = opening.open();
            connection = opened.connection();
            readOnly = opened.readOnly();
        }
        return connection;
    }

    /** The connection if one is open now, without opening one. */
    Connection openConnection() {
        return connection;
    }

    /** One write transaction, with the failure streak kept and reported. */
    <T> T write(SqlWork<T> work, boolean duringSession) throws StorageException {
        try {
            if (readOnly && writeAccess.canWrite(dbFile)) {
                closeConnection(); // it may be written now: open it for writing
            }
            T result = Transactions.inImmediate(connection(), work);
            if (failing) {
                failing = false;
                tell(StorageStatusListener::writeRecovered);
            }
            return result;
        } catch (RefusedException e) {
            throw e; // the file works; the transaction was rolled back and there is nothing to report or retry
        } catch (Exception e) {
            afterFailure(e);
            String message = Problems.cannotSave(dbFile, e, duringSession);
            if (!failing) {
                failing = true;
                tell(l -> l.writeFailed(message));
            }
            throw new StorageException(message, e);
        }
    }

    <T> T read(SqlWork<T> work) throws StorageException {
        try {
            return work.run(connection());
        } catch (Exception e) {
            afterFailure(e);
            throw new StorageException(Problems.cannotRead(dbFile, e), e);
        }
    }

    void closeConnection() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
            readOnly = false;
        }
    }

    private void afterFailure(Exception e) {
        // A connection opened for reading on purpose is kept through the refusals it was opened for; write() asks
        // before each write whether the log may be written again.
        if (connection != null && Problems.needsReopen(e) && !(readOnly && Problems.isReadOnly(e))) {
            closeConnection();
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the log connection failed", e);
        }
    }

    private void tell(Consumer<StorageStatusListener> call) {
        try {
            call.accept(status);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The storage status listener failed", e);
        }
    }
}
