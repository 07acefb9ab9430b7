package dev.unknot.ui.session;

import javafx.application.Platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A ticker on a timer thread that wakes the UI thread only when the countdown changes (at most every
 * {@code maxDelayMillis}). Unlike an animation it does not keep JavaFX pulsing 60 times a second.
 */
public final class ScheduledTicker implements Ticker {
    /** Lands just after the second boundary, so the new digit is already due when we look. */
    private static final long SLACK_NANOS = 2_000_000L;

    private final long maxDelayNanos;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private LongSupplier nanosToNext;
    private Runnable onTick;

    public ScheduledTicker(long maxDelayMillis) {
        this.maxDelayNanos = TimeUnit.MILLISECONDS.toNanos(maxDelayMillis);
    }

    @Override
    public void start(LongSupplier nanosToNext, Runnable onTick) {
        stop();
        this.nanosToNext = nanosToNext;
        this.onTick = onTick;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unknot-ticker");
            t.setDaemon(true);
            return t;
        });
        scheduleNext();
    }

    private void scheduleNext() {
        long wanted = nanosToNext.getAsLong();
        long delay = wanted < 0 ? maxDelayNanos : Math.min(maxDelayNanos, wanted + SLACK_NANOS);
        ScheduledExecutorService t = timer;
        if (t != null && !t.isShutdown()) {
            pending = t.schedule(() -> Platform.runLater(this::fire), delay, TimeUnit.NANOSECONDS);
        }
    }

    private void fire() {
        if (timer == null) {
            return;
        }
        onTick.run();
        scheduleNext();
    }

    @Override
    public void reschedule() {
        if (timer != null && pending != null) {
            pending.cancel(false);
            scheduleNext();
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
