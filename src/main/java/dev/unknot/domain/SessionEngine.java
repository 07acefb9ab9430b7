package dev.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The session state machine: READY → (POSITIONING → WORKING) per segment → FINISHED, or ENDED_EARLY.
 *
 * <p>Time is never counted in ticks. Each phase remembers the clock reading at which it last started running
 * and the time it had run before any pause; the time left is worked out from the clock whenever asked.
 * {@link #tick()} only notices that a phase has ended, and the next phase starts at the exact instant the
 * previous one ended, so late or irregular ticks shift nothing.
 *
 * <p>Not thread-safe: call it from one thread (the UI thread in the app).
 */
public final class SessionEngine {
    public static final long DEFAULT_CHECKPOINT_NANOS = 15_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long ONE_MINUTE = 60 * NANOS_PER_SECOND;

    private final SessionPlan plan;
    private final MonotonicClock clock;
    private final SessionListener listener;
    private final long checkpointNanos;
    private final long repositionNanos;

    private final long[] doneNanos;
    private final long[] allottedNanos;

    private Phase phase = Phase.READY;
    private int current;
    private boolean paused;
    /** Clock reading when the current phase last began running (start or resume). */
    private long runningSince;
    /** Time the current phase ran before the last pause. */
    private long ranBefore;
    /** For WORKING: the segment's done time when this visit began. */
    private long visitBaseDone;
    private boolean oneMinuteCueArmed;
    private long lastCheckpoint;

    public SessionEngine(SessionPlan plan, MonotonicClock clock, SessionListener listener) {
        this(plan, clock, listener, DEFAULT_CHECKPOINT_NANOS);
    }

    public SessionEngine(SessionPlan plan, MonotonicClock clock, SessionListener listener, long checkpointNanos) {
        this.plan = Objects.requireNonNull(plan);
        this.clock = Objects.requireNonNull(clock);
        this.listener = Objects.requireNonNull(listener);
        if (checkpointNanos <= 0) {
            throw new IllegalArgumentException("checkpoint interval must be positive");
        }
        this.checkpointNanos = checkpointNanos;
        this.repositionNanos = plan.repositionSeconds() * NANOS_PER_SECOND;
        int n = plan.segments().size();
        doneNanos = new long[n];
        allottedNanos = new long[n];
        for (int i = 0; i < n; i++) {
            allottedNanos[i] = plan.segments().get(i).plannedSeconds() * NANOS_PER_SECOND;
        }
    }

    public SessionPlan plan() {
        return plan;
    }

    // ---- commands -------------------------------------------------------------------------------------

    public void start() {
        if (phase != Phase.READY) {
            return;
        }
        long now = clock.nanoTime();
        // Set up the first phase before telling anyone, so the started snapshot already shows a running session.
        phase = Phase.POSITIONING;
        runningSince = now;
        listener.started(snapshot(now));
        enterPositioning(0, now);
        settle(now);
    }

    /** Notices phases that have ended by now and moves on; call it as often as the screen needs. */
    public void tick() {
        if (phase == Phase.READY || phase.isOver()) {
            return;
        }
        long now = clock.nanoTime();
        settle(now);
        if (!phase.isOver() && !paused && phase == Phase.WORKING && now - lastCheckpoint >= checkpointNanos) {
            checkpoint(now);
        }
    }

    public void togglePause() {
        if (phase == Phase.READY || phase.isOver()) {
            return;
        }
        long now = clock.nanoTime();
        settle(now);
        if (phase.isOver()) {
            return;
        }
        if (paused) {
            paused = false;
            runningSince = now;
        } else {
            ranBefore = ranNow(now);
            paused = true;
        }
        checkpoint(now);
    }

    /** Skips ahead: from positioning straight to work, from work to the next segment (or the end). */
    public void next() {
        if (phase == Phase.READY || phase.isOver()) {
            return;
        }
        long now = clock.nanoTime();
        settle(now);
        if (phase == Phase.POSITIONING) {
            enterWorking(now);
        } else if (phase == Phase.WORKING) {
            closeWorkingVisit(now);
            advanceAfter(current, now);
        }
        settle(now);
    }

    /** Goes back one segment (or to the start of the first), to its positioning countdown. */
    public void previous() {
        if (phase == Phase.READY || phase.isOver()) {
            return;
        }
        long now = clock.nanoTime();
        settle(now);
        if (phase.isOver()) {
            return;
        }
        if (phase == Phase.WORKING) {
            closeWorkingVisit(now);
        }
        enterPositioning(Math.max(0, current - 1), now);
        settle(now);
    }

    /** One more minute on the current segment (the current side only). */
    public void extendOneMinute() {
        if (phase == Phase.READY || phase.isOver()) {
            return;
        }
        long now = clock.nanoTime();
        settle(now);
        if (phase.isOver()) {
            return;
        }
        if (phase == Phase.POSITIONING && doneNanos[current] >= allottedNanos[current]) {
            // About to redo a completed segment: the minute goes on top of its fresh round, not instead of it.
            allottedNanos[current] = doneNanos[current] + plan.segments().get(current).plannedSeconds() * NANOS_PER_SECOND;
        }
        allottedNanos[current] += ONE_MINUTE;
        if (phase == Phase.WORKING && remaining(now) > ONE_MINUTE) {
            oneMinuteCueArmed = true;
        }
        checkpoint(now);
    }

    public void endEarly() {
        if (phase == Phase.READY || phase.isOver()) {
            return;
        }
        long now = clock.nanoTime();
        settle(now);
        if (phase.isOver()) {
            return;
        }
        if (phase == Phase.WORKING) {
            closeWorkingVisit(now);
        }
        finish(Phase.ENDED_EARLY, now);
    }

    // ---- queries --------------------------------------------------------------------------------------

    public Phase phase() {
        return phase;
    }

    public boolean isPaused() {
        return paused;
    }

    public SessionSnapshot snapshot() {
        return snapshot(clock.nanoTime());
    }

    /**
     * Nanoseconds until {@link #tick()} next has something to do: the shown whole-second countdown changes, or a
     * checkpoint falls due (so the log is never more than the interval behind). -1 when nothing will happen by itself.
     */
    public long nanosToNextTick() {
        if (phase == Phase.READY || phase.isOver() || paused) {
            return -1;
        }
        long now = clock.nanoTime();
        long left = remaining(now);
        if (left <= 0) {
            return 0; // the phase has ended and no tick has noticed yet: change now, never a negative wait
        }
        long intoSecond = left % NANOS_PER_SECOND;
        long toDisplayChange = intoSecond == 0 ? NANOS_PER_SECOND : intoSecond;
        if (phase == Phase.WORKING) {
            long toCheckpoint = Math.max(0, lastCheckpoint + checkpointNanos - now);
            return Math.min(toDisplayChange, toCheckpoint);
        }
        return toDisplayChange;
    }

    // ---- internals ------------------------------------------------------------------------------------

    private long ranNow(long now) {
        return paused ? ranBefore : ranBefore + (now - runningSince);
    }

    private long phaseLength() {
        return phase == Phase.POSITIONING ? repositionNanos : allottedNanos[current] - visitBaseDone;
    }

    private long remaining(long now) {
        return phaseLength() - ranNow(now);
    }

    /** Moves through every phase that has ended by {@code now}, each next one starting where the last ended. */
    private void settle(long now) {
        while (!phase.isOver() && !paused) {
            long left = remaining(now);
            if (left > 0) {
                if (phase == Phase.WORKING && oneMinuteCueArmed && left <= ONE_MINUTE) {
                    oneMinuteCueArmed = false;
                    listener.cue(Cue.ONE_MINUTE_LEFT, snapshot(now));
                }
                return;
            }
            long endedAt = now + left;
            if (phase == Phase.POSITIONING) {
                enterWorking(endedAt);
            } else {
                if (oneMinuteCueArmed) {
                    // No tick fell inside the last minute (a late tick or one big jump): the cue still sounds, in
                    // order, with the picture at the instant the last minute began.
                    listener.cue(Cue.ONE_MINUTE_LEFT, snapshot(endedAt - ONE_MINUTE));
                }
                oneMinuteCueArmed = false;
                doneNanos[current] = allottedNanos[current];
                boolean lastSide = current + 1 >= plan.segments().size()
                        || !plan.segments().get(current + 1).continues(plan.segments().get(current));
                if (lastSide) {
                    listener.cue(Cue.TARGET_DONE, snapshot(endedAt));
                }
                advanceAfter(current, endedAt);
            }
        }
    }

    private void advanceAfter(int index, long at) {
        if (index + 1 < plan.segments().size()) {
            enterPositioning(index + 1, at);
        } else {
            finish(Phase.FINISHED, at);
        }
    }

    private void enterPositioning(int index, long at) {
        current = index;
        phase = Phase.POSITIONING;
        paused = false;
        runningSince = at;
        ranBefore = 0;
        Segment segment = plan.segments().get(index);
        boolean switching = index > 0 && segment.continues(plan.segments().get(index - 1));
        checkpoint(at);
        listener.cue(switching ? Cue.SWITCH_SIDE : Cue.GET_INTO_POSITION, snapshot(at));
    }

    private void enterWorking(long at) {
        phase = Phase.WORKING;
        // Like entering positioning, moving on resumes a paused session: GO must not sound over a frozen timer.
        paused = false;
        runningSince = at;
        ranBefore = 0;
        if (doneNanos[current] >= allottedNanos[current]) {
            // Revisiting a finished segment gives it a fresh round; its earlier work still counts.
            allottedNanos[current] = doneNanos[current] + plan.segments().get(current).plannedSeconds() * NANOS_PER_SECOND;
        }
        visitBaseDone = doneNanos[current];
        oneMinuteCueArmed = allottedNanos[current] - visitBaseDone > ONE_MINUTE;
        checkpoint(at);
        listener.cue(Cue.GO, snapshot(at));
    }

    private void closeWorkingVisit(long now) {
        doneNanos[current] = Math.min(allottedNanos[current], visitBaseDone + ranNow(now));
    }

    private void finish(Phase end, long at) {
        phase = end;
        paused = false;
        SessionSnapshot last = snapshot(at);
        listener.checkpoint(last);
        if (end == Phase.FINISHED) {
            listener.cue(Cue.SESSION_DONE, last);
        }
        listener.ended(last);
    }

    private void checkpoint(long at) {
        lastCheckpoint = at;
        listener.checkpoint(snapshot(at));
    }

    private SessionSnapshot snapshot(long now) {
        List<SegmentProgress> progress = new ArrayList<>(doneNanos.length);
        for (int i = 0; i < doneNanos.length; i++) {
            long done = doneNanos[i];
            if (i == current && phase == Phase.WORKING) {
                done = Math.min(allottedNanos[i], visitBaseDone + ranNow(now));
            }
            progress.add(new SegmentProgress(plan.segments().get(i), (int) (done / NANOS_PER_SECOND),
                    (int) (allottedNanos[i] / NANOS_PER_SECOND)));
        }
        if (phase == Phase.READY || phase.isOver()) {
            long left = phase == Phase.READY ? sessionRemainingFrom(0) : 0;
            return new SessionSnapshot(plan, phase, false, current, 0, 0, left, progress);
        }
        long phaseLeft = Math.max(0, remaining(now));
        long sessionLeft = phaseLeft
                + (phase == Phase.POSITIONING ? workLeft(current) : 0)
                + sessionRemainingFrom(current + 1);
        return new SessionSnapshot(plan, phase, paused, current, phaseLeft, phaseLength(), sessionLeft, progress);
    }

    private long workLeft(int index) {
        long left = allottedNanos[index] - doneNanos[index];
        return left > 0 ? left : plan.segments().get(index).plannedSeconds() * NANOS_PER_SECOND;
    }

    private long sessionRemainingFrom(int index) {
        long sum = 0;
        for (int i = index; i < doneNanos.length; i++) {
            sum += repositionNanos + workLeft(i);
        }
        return sum;
    }
}
