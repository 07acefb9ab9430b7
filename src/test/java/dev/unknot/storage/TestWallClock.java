package dev.unknot.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A wall clock that moves only when the test says so. Thread-safe: the storage thread may read it too. */
final class TestWallClock extends Clock {
    private final AtomicReference<Instant> now;

    TestWallClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    /** Moves to {@code instant}, backwards too (a person may change the computer's clock). */
    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
