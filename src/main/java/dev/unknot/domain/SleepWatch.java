package dev.unknot.domain;

import java.time.Clock;
import java.time.Instant;

/**
 * How a running timer tells that the computer slept or the process stood still between two looks at the clock.
 *
 * <p>Two signs, either is enough: the wall clock moved ahead of the monotonic clock by more than
 * {@code wallAheadNanos} (on Linux and macOS the monotonic clock stops while the computer sleeps), or the monotonic
 * clock itself moved more than {@code standstillNanos} between two looks although a running timer is looked at
 * every second (a frozen process, or a system whose monotonic clock counts sleep). A wall clock set back is ignored.
 *
 * @param wall the wall clock, or {@code null} to use the second sign only
 */
public record SleepWatch(Clock wall, long wallAheadNanos, long standstillNanos) {
    /** Never reports a gap: for tests that move a fake clock in big jumps on purpose. */
    public static final SleepWatch OFF = new SleepWatch(null, Long.MAX_VALUE, Long.MAX_VALUE);
    /** "More than a few seconds": far beyond a late tick or a garbage-collection pause. */
    public static final long DEFAULT_WALL_AHEAD_NANOS = 5_000_000_000L;
    /** A running timer is looked at at least every second; ten without a look is no scheduling hiccup. */
    public static final long DEFAULT_STANDSTILL_NANOS = 10_000_000_000L;

    public SleepWatch {
        if (wallAheadNanos <= 0 || standstillNanos <= 0) {
            throw new IllegalArgumentException("thresholds must be positive");
        }
    }

    public static SleepWatch of(Clock wall) {
        return new SleepWatch(java.util.Objects.requireNonNull(wall), DEFAULT_WALL_AHEAD_NANOS, DEFAULT_STANDSTILL_NANOS);
    }

    /** The wall clock as nanoseconds since the epoch; 0 without a wall clock. */
    long wallNanos() {
        if (wall == null) {
            return 0;
        }
        Instant now = wall.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    /**
     * How long the computer was away between two looks, or 0 when it was not: {@code monoDelta} and
     * {@code wallDelta} are how far each clock moved between them.
     */
    long gap(long monoDelta, long wallDelta) {
        if (wall != null && wallDelta - monoDelta > wallAheadNanos) {
            return wallDelta;
        }
        if (monoDelta > standstillNanos) {
            return Math.max(monoDelta, wallDelta);
        }
        return 0;
    }
}
