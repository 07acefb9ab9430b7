package dev.unknot.storage;

/**
 * Hears when saving stops and starts working again. Both methods are called on the storage thread: hand the work
 * to the UI thread yourself, and do not block.
 */
public interface StorageStatusListener {
    /**
     * A write failed after the last one succeeded (once per streak of failures, not on every retry).
     *
     * @param plainMessage what went wrong and what happens now, in plain words, naming the file
     */
    void writeFailed(String plainMessage);

    /** A write succeeded after a streak of failures; everything pending up to now has been saved. */
    void writeRecovered();

    /** Ignores both. */
    StorageStatusListener NONE = new StorageStatusListener() {
        @Override
        public void writeFailed(String plainMessage) {
        }

        @Override
        public void writeRecovered() {
        }
    };
}
