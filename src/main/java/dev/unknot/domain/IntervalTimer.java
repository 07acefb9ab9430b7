package dev.unknot.domain;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The timing core every timed activity runs on: a list of {@link Block}s, each a lead-in countdown (get into
 * position, get ready, rest) followed by timed work. READY → (POSITIONING → WORKING) per block → FINISHED, or
 * ENDED_EARLY. {@link SessionEngine} runs SMR sessions on it and {@code ExerciseRun} strengthening sets.
 *
 * <p>Time is never counted in ticks. Each phase remembers the clock reading at which it last started running
 * and the time it had run before any pause; the time left is worked out from the clock whenever asked.
 * {@link #tick()} only notices that a phase has ended, and the next phase starts at the exact instant the
 * previous one ended, so late or irregular ticks shift nothing.
 *
 * <p>With a {@link SleepWatch}, a running timer that finds the computer slept or the process stood still since it
 * last looked pauses itself as of that last look, so the gap is never counted as work.
 *
 * <p>Not thread-safe: call it from one thread (the UI thread in the app).
 */
public final class IntervalTimer {
    public static final long DEFAULT_CHECKPOINT_NANOS = 15_000_000_000L;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long ONE_MINUTE = 60 * NANOS_PER_SECOND;

    /**
     * One timed block.
     *
     * @param leadInNanos the countdown before the work (0 for none)
     * @param workNanos   the planned work
     * @param group       blocks of one group belong together (the two sides of a step, the sets of an exercise):
     *                    the lead-in of a later block of the same group is a {@link Cue#SWITCH_SIDE}, and only the
     *                    last block of a group ends with {@link Cue#TARGET_DONE}
     */
    public record Block(long leadInNanos, long workNanos, int group) {
        public Block {
            if (leadInNanos < 0 || workNanos <= 0) {
                throw new IllegalArgumentException("a block needs a lead-in of 0 or more and some work");
            }
        }

        boolean continues(Block previous) {
            return previous != null && previous.group == group;
        }
    }

    /** What the timer reports; {@code at} is the clock reading the event belongs to (see {@link #state(long)}). */
    public interface Listener {
        void started(long at);

        void cue(Cue cue, long at);

        void checkpoint(long at);

        void ended(long at);

        /** The timer paused itself as of {@code at}: the computer slept, or the process stood still, for {@code gapNanos}. */
        default void slept(long at, long gapNanos) {
        }
    }

    /**
     * The timer at one clock reading.
     *
     * @param doneNanos     work done per block (pauses and lead-ins excluded)
     * @param allottedNanos planned work per block plus extensions (and a fresh round when revisited)
     */
    public record State(Phase phase, boolean paused, int current, long phaseRemainingNanos, long phaseLengthNanos,
                        long remainingNanos, long[] doneNanos, long[] allottedNanos) {
    }

    private final List<Block> blocks;
    private final MonotonicClock clock;
    private final Listener listener;
    private final long checkpointNanos;
    private final SleepWatch sleepWatch;
    /** The longest one visit of a block's work may be made by {@link #extendOneMinute()}. */
    private final long maxWorkNanos;

    private final long[] doneNanos;
    private final long[] allottedNanos;

    private Phase phase = Phase.READY;
    private int current;
    private boolean paused;
    /** Clock reading when the current phase last began running (start or resume). */
    private long runningSince;
    /** Time the current phase ran before the last pause. */
    private long ranBefore;
    /** For WORKING: the block's done time when this visit began. */
    private long visitBaseDone;
    private boolean oneMinuteCueArmed;
    private long lastCheckpoint;
    /** The clocks at the last look while running, for the sleep watch. */
    private long lastLookMono;
    private long lastLookWall;

    public IntervalTimer(List<Block> blocks, MonotonicClock clock, Listener listener, long checkpointNanos,
                         SleepWatch sleepWatch) {
        this(blocks, clock, listener, checkpointNanos, sleepWatch, Long.MAX_VALUE);
    }

    /** @param maxWorkNanos the most {@link #extendOneMinute()} may make of one visit of a block's work */
    public IntervalTimer(List<Block> blocks, MonotonicClock clock, Listener listener, long checkpointNanos,
                         SleepWatch sleepWatch, long maxWorkNanos) {
        this.maxWorkNanos = maxWorkNanos;
        this.blocks = List.copyOf(blocks);
        if (this.blocks.isEmpty()) {
            throw new IllegalArgumentException("a timer needs at least one block");
        }
        this.clock = Objects.requireNonNull(clock);
        this.listener = Objects.requireNonNull(listener);
        if (checkpointNanos <= 0) {
            throw new IllegalArgumentException("checkpoint interval must be positive");
        }
        this.checkpointNanos = checkpointNanos;
        this.sleepWatch = Objects.requireNonNull(sleepWatch);
        int n = this.blocks.size();
        doneNanos = new long[n];
        allottedNanos = new long[n];
        for (int i = 0; i < n; i++) {
            allottedNanos[i] = this.blocks.get(i).workNanos();
        }
    }

    // ---- commands -------------------------------------------------------------------------------------

    public void start() {
        if (phase != Phase.READY) {
            return;
        }
        long now = clock.nanoTime();
        // Set up the first phase before telling anyone, so the started state already shows a running timer.
        phase = Phase.POSITIONING;
        runningSince = now;
        rememberLook(now);
        listener.started(now);
        enterPositioning(0, now);
        settle(now);
    }

    /** Notices phases that have ended by now and moves on; call it as often as the screen needs. */
    public void tick() {
        if (!running()) {
            return;
        }
        long now = look();
        settle(now);
        if (running() && phase == Phase.WORKING && now - lastCheckpoint >= checkpointNanos) {
            checkpoint(now);
        }
    }

    public void togglePause() {
        OptionalLong at = commandAt();
        if (at.isEmpty()) {
            return;
        }
        long now = at.getAsLong();
        if (paused) {
            paused = false;
            runningSince = now;
            rememberLook(now);
        } else {
            ranBefore = ranNow(now);
            paused = true;
        }
        checkpoint(now);
    }

    /** Skips ahead: from the lead-in straight to work, from work to the next block (or the end). */
    public void next() {
        OptionalLong at = commandAt();
        if (at.isEmpty()) {
            return;
        }
        long now = at.getAsLong();
        if (phase == Phase.POSITIONING) {
            enterWorking(now);
        } else if (phase == Phase.WORKING) {
            closeWorkingVisit(now);
            if (current + 1 < blocks.size()) {
                enterPositioning(current + 1, now);
            } else {
                finish(Phase.ENDED_EARLY, now); // skipping out of the last block: the plan did not run to its end
            }
        }
        settle(now);
    }

    /** Whether {@link #next()} now would end the timer: working on the last block. */
    public boolean nextEnds() {
        return live() && phase == Phase.WORKING && current == blocks.size() - 1;
    }

    /** Goes back one block (or to the start of the first), to its lead-in. */
    public void previous() {
        OptionalLong at = commandAt();
        if (at.isEmpty()) {
            return;
        }
        long now = at.getAsLong();
        if (phase == Phase.WORKING) {
            closeWorkingVisit(now);
        }
        enterPositioning(Math.max(0, current - 1), now);
        settle(now);
    }

    /**
     * One more minute on the current block, unless that would make this visit's work longer than the most allowed.
     *
     * @return whether the minute was added (false also when there is nothing to extend: not started, or over)
     */
    public boolean extendOneMinute() {
        OptionalLong at = commandAt();
        if (at.isEmpty()) {
            return false;
        }
        long now = at.getAsLong();
        if (phase == Phase.POSITIONING && doneNanos[current] >= allottedNanos[current]) {
            // About to redo a completed block: the minute goes on top of its fresh round, not instead of it.
            allottedNanos[current] = doneNanos[current] + blocks.get(current).workNanos();
        }
        long visitBase = phase == Phase.WORKING ? visitBaseDone : doneNanos[current];
        if (allottedNanos[current] + ONE_MINUTE - visitBase > maxWorkNanos) {
            return false;
        }
        allottedNanos[current] += ONE_MINUTE;
        if (phase == Phase.WORKING && remaining(now) > ONE_MINUTE) {
            oneMinuteCueArmed = true;
        }
        checkpoint(now);
        return true;
    }

    public void endEarly() {
        OptionalLong at = commandAt();
        if (at.isEmpty()) {
            return;
        }
        long now = at.getAsLong();
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

    public int current() {
        return current;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public long now() {
        return clock.nanoTime();
    }

    /**
     * Nanoseconds until {@link #tick()} next has something to do: the shown whole-second countdown changes, or a
     * checkpoint falls due (so the log is never more than the interval behind). -1 when nothing will happen by itself.
     */
    public long nanosToNextTick() {
        if (!running()) {
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

    /** The timer as it stands at clock reading {@code now} (not before the timer's last event). */
    public State state(long now) {
        long[] done = doneNanos.clone();
        if (phase == Phase.WORKING) {
            done[current] = Math.min(allottedNanos[current], visitBaseDone + ranNow(now));
        }
        long[] allotted = allottedNanos.clone();
        if (phase == Phase.READY || phase.isOver()) {
            long left = phase == Phase.READY ? remainingFrom(0) : 0;
            return new State(phase, false, current, 0, 0, left, done, allotted);
        }
        long phaseLeft = Math.max(0, remaining(now));
        long left = phaseLeft + (phase == Phase.POSITIONING ? workLeft(current) : 0) + remainingFrom(current + 1);
        return new State(phase, paused, current, phaseLeft, phaseLength(), left, done, allotted);
    }

    // ---- internals ------------------------------------------------------------------------------------

    /**
     * The clock reading for a command, with the timer brought up to it (a sleep noticed, ended phases moved past);
     * empty when there is nothing to command: not started, or over (also by having just run out).
     */
    private OptionalLong commandAt() {
        if (!live()) {
            return OptionalLong.empty();
        }
        long now = look();
        settle(now);
        return phase.isOver() ? OptionalLong.empty() : OptionalLong.of(now);
    }

    private boolean live() {
        return phase != Phase.READY && !phase.isOver();
    }

    private boolean running() {
        return live() && !paused;
    }

    /**
     * Reads the clock for a command or tick, first asking the sleep watch whether time stood still since the last
     * look while running: if so, the timer settles and pauses as of that last look, and says so.
     */
    private long look() {
        long now = clock.nanoTime();
        if (!running()) {
            return now;
        }
        long lastLook = lastLookMono;
        long wallNow = sleepWatch.wallNanos();
        long gap = sleepWatch.gap(now - lastLookMono, wallNow - lastLookWall);
        lastLookMono = now;
        lastLookWall = wallNow;
        if (gap > 0) {
            settle(lastLook);
            if (running()) {
                ranBefore = ranNow(lastLook);
                paused = true;
                checkpoint(lastLook);
                listener.slept(lastLook, gap);
            }
        }
        return now;
    }

    private void rememberLook(long now) {
        lastLookMono = now;
        lastLookWall = sleepWatch.wallNanos();
    }

    private long ranNow(long now) {
        return paused ? ranBefore : ranBefore + (now - runningSince);
    }

    private long phaseLength() {
        return phase == Phase.POSITIONING ? blocks.get(current).leadInNanos() : allottedNanos[current] - visitBaseDone;
    }

    private long remaining(long now) {
        return phaseLength() - ranNow(now);
    }

    /** Moves through every phase that has ended by {@code now}, each next one starting where the last ended. */
    private void settle(long now) {
        while (running()) {
            long left = remaining(now);
            if (left > 0) {
                if (phase == Phase.WORKING && oneMinuteCueArmed && left <= ONE_MINUTE) {
                    oneMinuteCueArmed = false;
                    listener.cue(Cue.ONE_MINUTE_LEFT, now);
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
                    listener.cue(Cue.ONE_MINUTE_LEFT, endedAt - ONE_MINUTE);
                }
                oneMinuteCueArmed = false;
                doneNanos[current] = allottedNanos[current];
                boolean lastOfGroup = current + 1 >= blocks.size()
                        || !blocks.get(current + 1).continues(blocks.get(current));
                if (lastOfGroup) {
                    listener.cue(Cue.TARGET_DONE, endedAt);
                }
                advanceAfter(current, endedAt);
            }
        }
    }

    private void advanceAfter(int index, long at) {
        if (index + 1 < blocks.size()) {
            enterPositioning(index + 1, at);
        } else {
            finish(Phase.FINISHED, at);
        }
    }

    private void enterPositioning(int index, long at) {
        current = index;
        phase = Phase.POSITIONING;
        resumeFor(at);
        runningSince = at;
        ranBefore = 0;
        boolean switching = index > 0 && blocks.get(index).continues(blocks.get(index - 1));
        checkpoint(at);
        listener.cue(switching ? Cue.SWITCH_SIDE : Cue.GET_INTO_POSITION, at);
    }

    private void enterWorking(long at) {
        phase = Phase.WORKING;
        // Like entering positioning, moving on resumes a paused timer: GO must not sound over a frozen countdown.
        resumeFor(at);
        runningSince = at;
        ranBefore = 0;
        if (doneNanos[current] >= allottedNanos[current]) {
            // Revisiting a finished block gives it a fresh round; its earlier work still counts.
            allottedNanos[current] = doneNanos[current] + blocks.get(current).workNanos();
        }
        visitBaseDone = doneNanos[current];
        oneMinuteCueArmed = allottedNanos[current] - visitBaseDone > ONE_MINUTE;
        checkpoint(at);
        listener.cue(Cue.GO, at);
    }

    /** Runs again from {@code at}; a pause ends here, so the sleep watch starts looking afresh. */
    private void resumeFor(long at) {
        if (paused) {
            paused = false;
            rememberLook(at);
        }
    }

    private void closeWorkingVisit(long now) {
        doneNanos[current] = Math.min(allottedNanos[current], visitBaseDone + ranNow(now));
    }

    private void finish(Phase end, long at) {
        phase = end;
        paused = false;
        listener.checkpoint(at);
        if (end == Phase.FINISHED) {
            listener.cue(Cue.SESSION_DONE, at);
        }
        listener.ended(at);
    }

    private void checkpoint(long at) {
        lastCheckpoint = at;
        listener.checkpoint(at);
    }

    private long workLeft(int index) {
        long left = allottedNanos[index] - doneNanos[index];
        return left > 0 ? left : blocks.get(index).workNanos();
    }

    private long remainingFrom(int index) {
        long sum = 0;
        for (int i = index; i < blocks.size(); i++) {
            sum += blocks.get(i).leadInNanos() + workLeft(i);
        }
        return sum;
    }
}
