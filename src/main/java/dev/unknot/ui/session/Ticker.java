package dev.unknot.ui.session;

import java.util.function.LongSupplier;

/**
 * Calls back on the UI thread when the countdown may have changed. The delay comes from the engine
 * (time until the shown second changes), so the screen is never a second late and idles between changes.
 */
public interface Ticker {
    /** Starts calling {@code onTick}; {@code nanosToNext} says how long to wait before the next call (-1: no need). */
    void start(LongSupplier nanosToNext, Runnable onTick);

    /** Re-plans the next call now, after a command changed the countdown (pause, next, extend). */
    void reschedule();

    void stop();
}
