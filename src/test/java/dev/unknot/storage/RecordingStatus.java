package dev.unknot.storage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what the storage said about saving, and on which thread. */
final class RecordingStatus implements StorageStatusListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void writeFailed(String plainMessage) {
        threads.add(Thread.currentThread().getName());
        failures.add(plainMessage);
        events.add("failed");
    }

    @Override
    public void writeRecovered() {
        threads.add(Thread.currentThread().getName());
        events.add("recovered");
    }
}
