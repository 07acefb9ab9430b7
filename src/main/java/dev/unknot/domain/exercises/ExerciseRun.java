package dev.unknot.domain.exercises;

import dev.unknot.domain.Cue;
import dev.unknot.domain.IntervalTimer;
import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.SleepWatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A timed strengthening block on the same {@link IntervalTimer} as an SMR session: each set is a block whose
 * lead-in is a "get ready" countdown before an exercise's first set and the plan's rest before its later ones.
 * The cues are the session's: {@link Cue#GET_INTO_POSITION} to get ready, {@link Cue#SWITCH_SIDE} when a rest
 * begins, {@link Cue#GO} as a set starts, {@link Cue#TARGET_DONE} after an exercise's last set,
 * {@link Cue#SESSION_DONE} at the end. Not logged: the log is of SMR work.
 *
 * <p>Not thread-safe: call it from one thread (the UI thread in the app).
 */
public final class ExerciseRun {
    /** The countdown before an exercise's first set: time to get down on the mat. */
    public static final int GET_READY_SECONDS = 10;
    private static final long SECOND = 1_000_000_000L;

    /** What a running block tells the screen and the sounds; called on the caller's thread. */
    public interface Listener {
        default void cue(Cue cue, ExerciseSnapshot snapshot) {
        }

        default void slept(long gapNanos, ExerciseSnapshot snapshot) {
        }

        /** FINISHED or ENDED_EARLY. */
        default void ended(ExerciseSnapshot snapshot) {
        }
    }

    private final ExercisePlan plan;
    private final IntervalTimer timer;

    public ExerciseRun(ExercisePlan plan, MonotonicClock clock, Listener listener, SleepWatch sleepWatch) {
        this.plan = Objects.requireNonNull(plan);
        Objects.requireNonNull(listener);
        List<ExerciseSet> sets = plan.sets();
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one set");
        }
        List<IntervalTimer.Block> blocks = new ArrayList<>();
        int group = 0;
        for (int i = 0; i < sets.size(); i++) {
            ExerciseSet set = sets.get(i);
            boolean sameExercise = i > 0 && sets.get(i - 1).exercise().equals(set.exercise());
            if (i > 0 && !sameExercise) {
                group++;
            }
            long leadIn = i == 0 ? GET_READY_SECONDS * SECOND
                    : sameExercise ? sets.get(i - 1).restSeconds() * SECOND
                    : Math.max(GET_READY_SECONDS, sets.get(i - 1).restSeconds()) * SECOND;
            blocks.add(new IntervalTimer.Block(leadIn, set.workSeconds() * SECOND, group));
        }
        this.timer = new IntervalTimer(blocks, clock, new IntervalTimer.Listener() {
            @Override
            public void started(long at) {
            }

            @Override
            public void cue(Cue cue, long at) {
                listener.cue(cue, snapshot(at));
            }

            @Override
            public void checkpoint(long at) {
            }

            @Override
            public void ended(long at) {
                listener.ended(snapshot(at));
            }

            @Override
            public void slept(long at, long gapNanos) {
                listener.slept(gapNanos, snapshot(at));
            }
        }, IntervalTimer.DEFAULT_CHECKPOINT_NANOS, sleepWatch);
    }

    public ExercisePlan plan() {
        return plan;
    }

    public void start() {
        timer.start();
    }

    public void tick() {
        timer.tick();
    }

    public void togglePause() {
        timer.togglePause();
    }

    /** From a countdown straight into the set; from a set on to what follows. */
    public void next() {
        timer.next();
    }

    public void previous() {
        timer.previous();
    }

    public void end() {
        timer.endEarly();
    }

    public long nanosToNextTick() {
        return timer.nanosToNextTick();
    }

    public ExerciseSnapshot snapshot() {
        return snapshot(timer.now());
    }

    private ExerciseSnapshot snapshot(long at) {
        IntervalTimer.State state = timer.state(at);
        int setsDone = 0;
        for (int i = 0; i < state.doneNanos().length; i++) {
            if (state.doneNanos()[i] >= timer.blocks().get(i).workNanos()) {
                setsDone++;
            }
        }
        return new ExerciseSnapshot(plan, state.phase(), state.paused(), state.current(), state.phaseRemainingNanos(),
                state.phaseLengthNanos(), state.remainingNanos(), setsDone);
    }
}
