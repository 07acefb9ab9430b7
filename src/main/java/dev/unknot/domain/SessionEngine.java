package dev.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An SMR session: the plan's segments run on an {@link IntervalTimer}, each after the reposition countdown, and
 * everything the timer reports is told to the {@link SessionListener} as a {@link SessionSnapshot}.
 *
 * <p>Not thread-safe: call it from one thread (the UI thread in the app).
 */
public final class SessionEngine {
    public static final long DEFAULT_CHECKPOINT_NANOS = IntervalTimer.DEFAULT_CHECKPOINT_NANOS;
    private static final long NANOS_PER_SECOND = IntervalTimer.NANOS_PER_SECOND;

    private final SessionPlan plan;
    private final IntervalTimer timer;

    public SessionEngine(SessionPlan plan, MonotonicClock clock, SessionListener listener) {
        this(plan, clock, listener, DEFAULT_CHECKPOINT_NANOS);
    }

    public SessionEngine(SessionPlan plan, MonotonicClock clock, SessionListener listener, long checkpointNanos) {
        this(plan, clock, listener, checkpointNanos, SleepWatch.OFF);
    }

    public SessionEngine(SessionPlan plan, MonotonicClock clock, SessionListener listener, long checkpointNanos,
                         SleepWatch sleepWatch) {
        this.plan = Objects.requireNonNull(plan);
        Objects.requireNonNull(listener);
        long lead = plan.repositionSeconds() * NANOS_PER_SECOND;
        List<IntervalTimer.Block> blocks = new ArrayList<>();
        for (Segment segment : plan.segments()) {
            blocks.add(new IntervalTimer.Block(lead, segment.plannedSeconds() * NANOS_PER_SECOND, segment.stepIndex()));
        }
        this.timer = new IntervalTimer(blocks, clock, new IntervalTimer.Listener() {
            @Override
            public void started(long at) {
                listener.started(snapshot(at));
            }

            @Override
            public void cue(Cue cue, long at) {
                listener.cue(cue, snapshot(at));
            }

            @Override
            public void checkpoint(long at) {
                listener.checkpoint(snapshot(at));
            }

            @Override
            public void ended(long at) {
                listener.ended(snapshot(at));
            }

            @Override
            public void slept(long at, long gapNanos) {
                listener.slept(gapNanos, snapshot(at));
            }
        }, checkpointNanos, sleepWatch, Durations.MAX_MINUTES * IntervalTimer.ONE_MINUTE);
    }

    public SessionPlan plan() {
        return plan;
    }

    // ---- commands: see IntervalTimer ------------------------------------------------------------------

    public void start() {
        timer.start();
    }

    /** Notices phases that have ended by now and moves on; call it as often as the screen needs. */
    public void tick() {
        timer.tick();
    }

    public void togglePause() {
        timer.togglePause();
    }

    /**
     * Skips ahead: from positioning straight to work, from work to the next segment. Skipping out of the last
     * segment ends the session early: {@link Phase#FINISHED} means the plan ran to its end.
     */
    public void next() {
        timer.next();
    }

    /** Whether {@link #next()} now would end the session (working on the last segment): the screen asks first. */
    public boolean nextEnds() {
        return timer.nextEnds();
    }

    /** Goes back one segment (or to the start of the first), to its positioning countdown. */
    public void previous() {
        timer.previous();
    }

    /**
     * One more minute on the current segment (the current side only), up to the guide's
     * {@value Durations#MAX_MINUTES} minutes a side.
     *
     * @return false when refused: the side would go past {@value Durations#MAX_MINUTES} minutes (or nothing runs)
     */
    public boolean extendOneMinute() {
        return timer.extendOneMinute();
    }

    public void endEarly() {
        timer.endEarly();
    }

    // ---- queries --------------------------------------------------------------------------------------

    public Phase phase() {
        return timer.phase();
    }

    public boolean isPaused() {
        return timer.isPaused();
    }

    public SessionSnapshot snapshot() {
        return snapshot(timer.now());
    }

    /** See {@link IntervalTimer#nanosToNextTick()}. */
    public long nanosToNextTick() {
        return timer.nanosToNextTick();
    }

    private SessionSnapshot snapshot(long at) {
        IntervalTimer.State state = timer.state(at);
        List<SegmentProgress> progress = new ArrayList<>(plan.segments().size());
        for (int i = 0; i < plan.segments().size(); i++) {
            progress.add(new SegmentProgress(plan.segments().get(i), (int) (state.doneNanos()[i] / NANOS_PER_SECOND),
                    (int) (state.allottedNanos()[i] / NANOS_PER_SECOND)));
        }
        return new SessionSnapshot(plan, state.phase(), state.paused(), state.current(), state.phaseRemainingNanos(),
                state.phaseLengthNanos(), state.remainingNanos(), progress);
    }
}
