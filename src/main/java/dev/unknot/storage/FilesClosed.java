package dev.unknot.storage;

import java.util.concurrent.CountDownLatch;

/**
 * The log's files are closed, and stay closed, until this is closed: see {@link LogSafety#closeFiles()}. Close it
 * from any thread, once or more; requests made to the Storage meanwhile wait and then run in order.
 */
public final class FilesClosed implements AutoCloseable {
    private final CountDownLatch released = new CountDownLatch(1);

    FilesClosed() {
    }

    /** Lets the Storage open its files again (on its next request). */
    @Override
    public void close() {
        released.countDown();
    }

    boolean isReleased() {
        return released.getCount() == 0;
    }

    /** Storage thread: holds the queue until {@link #close()}, or until the thread is interrupted (closing gave up). */
    void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
