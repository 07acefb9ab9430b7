package dev.unknot.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The loop the session and strengthening screens share. Each command (a tick, Space, N, +, end …) runs on the
 * timer; the cues it raised at that one instant are handed over together, so the sound player can pick the one to
 * play; the screen is refreshed; and when the timer has ended, the ticker stops and the end is told once. Otherwise
 * the ticker re-plans its one wake-up, since a command may have moved the next change of the countdown.
 *
 * @param <C> what a cue is on this screen
 * @param <S> the timer's final picture, told at the end
 */
public final class TimerLoop<C, S> {
    private final Ticker ticker;
    private final Consumer<List<C>> cueSink;
    private final Runnable refresh;
    private final List<C> pending = new ArrayList<>();
    private Runnable afterCues = () -> { };
    private Runnable beforeEnd = () -> { };
    private Consumer<S> onEnded = s -> { };
    private S endedWith;

    /**
     * @param cueSink receives the cues of one instant together
     * @param refresh brings the screen's properties in line with the timer
     */
    public TimerLoop(Ticker ticker, Consumer<List<C>> cueSink, Runnable refresh) {
        this.ticker = Objects.requireNonNull(ticker);
        this.cueSink = Objects.requireNonNull(cueSink);
        this.refresh = Objects.requireNonNull(refresh);
    }

    /** Run after each batch of cues is handed over (the session's desktop notices). */
    public void setAfterCues(Runnable afterCues) {
        this.afterCues = Objects.requireNonNull(afterCues);
    }

    /** Run at the end, before the end is told (the session drops its open question). */
    public void setBeforeEnd(Runnable beforeEnd) {
        this.beforeEnd = Objects.requireNonNull(beforeEnd);
    }

    /** Told once, with the final picture, when the timer finishes or is ended. */
    public void setOnEnded(Consumer<S> onEnded) {
        this.onEnded = Objects.requireNonNull(onEnded);
    }

    /** The timer's listener raised a cue. */
    public void cue(C cue) {
        pending.add(cue);
    }

    /** The timer's listener says it ended with this picture. */
    public void ended(S last) {
        endedWith = last;
    }

    /** Starts the ticker on the timer's own idea of when the countdown next changes, then runs {@code start}. */
    public void start(LongSupplier nanosToNext, Runnable onTick, Runnable start) {
        ticker.start(nanosToNext, onTick);
        run(start);
    }

    public void run(Runnable command) {
        command.run();
        if (!pending.isEmpty()) {
            List<C> batch = List.copyOf(pending);
            pending.clear();
            cueSink.accept(batch);
            afterCues.run();
        }
        refresh.run();
        if (endedWith != null) {
            S last = endedWith;
            endedWith = null;
            beforeEnd.run();
            ticker.stop();
            onEnded.accept(last);
        } else {
            ticker.reschedule();
        }
    }

    public void stop() {
        ticker.stop();
    }
}
