package dev.unknot.ui.session;

import javafx.application.Platform;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A ticker on a timer thread that wakes the UI thread only when the countdown changes (at most every
 * {@code maxDelayMillis}). Unlike an animation it does not keep JavaFX pulsing 60 times a second.
 *
 * <p><b>Exactly one wake-up is ever pending.</b> Every plan (start, {@link #reschedule()}, the plan after a
 * tick) first cancels the one before it, and each wake-up carries the number of the plan that made it: one
 * that was already on its way to the UI thread when a newer plan replaced it is dropped there. So however
 * often a command or the tick itself asks to re-plan, the UI thread is woken once per change of the shown
 * second, for the whole length of a session. All methods are called on the UI thread; the timer thread only
 * waits out the delay and hands the wake-up over.
 */
public final class ScheduledTicker implements Ticker {
    /** Lands just after the second boundary, so the new digit is already due when we look. */
    private static final long SLACK_NANOS = 2_000_000L;

    /** Waits out delays off the UI thread. */
    public interface Scheduler {
        /** Runs {@code task} once after {@code delayNanos}; the returned handle cancels it if not yet run. */
        Runnable schedule(Runnable task, long delayNanos);

        /** No more tasks will be scheduled; pending ones may be dropped. */
        void shutdown();
    }

    private final long maxDelayNanos;
    private final Supplier<Scheduler> schedulers;
    private final Executor uiThread;
    private Scheduler scheduler;
    private Runnable cancelPending;
    /** Number of the latest plan; a wake-up from an older plan is stale. */
    private long plan;
    private LongSupplier nanosToNext;
    private Runnable onTick;

    public ScheduledTicker(long maxDelayMillis) {
        this(maxDelayMillis, ScheduledTicker::daemonScheduler, Platform::runLater);
    }

    /**
     * @param schedulers makes the scheduler for each {@link #start}; it is shut down at {@link #stop()}
     * @param uiThread   where {@code onTick} runs (JavaFX: {@code Platform::runLater})
     */
    public ScheduledTicker(long maxDelayMillis, Supplier<Scheduler> schedulers, Executor uiThread) {
        this.maxDelayNanos = TimeUnit.MILLISECONDS.toNanos(maxDelayMillis);
        this.schedulers = schedulers;
        this.uiThread = uiThread;
    }

    @Override
    public void start(LongSupplier nanosToNext, Runnable onTick) {
        stop();
        this.nanosToNext = nanosToNext;
        this.onTick = onTick;
        scheduler = schedulers.get();
        planNext();
    }

    @Override
    public void reschedule() {
        if (scheduler != null) {
            planNext();
        }
    }

    @Override
    public void stop() {
        plan++;
        cancelPendingWakeUp();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    private void planNext() {
        cancelPendingWakeUp();
        long number = ++plan;
        long wanted = nanosToNext.getAsLong();
        long delay = wanted < 0 ? maxDelayNanos : Math.min(maxDelayNanos, wanted + SLACK_NANOS);
        cancelPending = scheduler.schedule(() -> uiThread.execute(() -> wake(number)), delay);
    }

    private void wake(long number) {
        if (scheduler == null || number != plan) {
            return; // stopped, or replaced by a newer plan while on its way here
        }
        cancelPending = null;
        onTick.run();
        if (scheduler != null && number == plan) {
            planNext(); // the tick did not plan (or stop) by itself
        }
    }

    private void cancelPendingWakeUp() {
        if (cancelPending != null) {
            cancelPending.run();
            cancelPending = null;
        }
    }

    /** The production scheduler: one daemon timer thread per started ticker. */
    static Scheduler daemonScheduler() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unknot-ticker");
            t.setDaemon(true);
            return t;
        });
        return new Scheduler() {
            @Override
            public Runnable schedule(Runnable task, long delayNanos) {
                if (timer.isShutdown()) {
                    return () -> { };
                }
                ScheduledFuture<?> future = timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public void shutdown() {
                timer.shutdownNow();
            }
        };
    }
}
