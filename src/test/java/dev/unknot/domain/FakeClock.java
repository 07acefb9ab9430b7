package dev.unknot.domain;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A monotonic clock that moves only when a test says so. Thread-safe, so UI tests can move it too. */
public final class FakeClock implements MonotonicClock {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    public void advance(Duration by) {
        advanceNanos(by.toNanos());
    }

    public void advanceSeconds(long seconds) {
        advanceNanos(seconds * 1_000_000_000L);
    }

    public void advanceNanos(long by) {
        if (by < 0) {
            throw new IllegalArgumentException("a monotonic clock never goes back");
        }
        nanos.addAndGet(by);
    }
}
