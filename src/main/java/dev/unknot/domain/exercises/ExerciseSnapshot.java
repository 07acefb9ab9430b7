package dev.unknot.domain.exercises;

import dev.unknot.domain.Phase;

import java.util.Optional;

/**
 * A strengthening block at one clock reading. POSITIONING is the countdown before a set: "get ready" before the
 * first set of an exercise, a rest before its later sets.
 *
 * @param current             index of the current set in the plan (the last one when over)
 * @param phaseRemainingNanos time left in the countdown or the set
 * @param remainingNanos      time left to the end of the block if nothing is skipped
 * @param setsDone            sets worked to their end
 */
public record ExerciseSnapshot(ExercisePlan plan, Phase phase, boolean paused, int current, long phaseRemainingNanos,
                               long phaseLengthNanos, long remainingNanos, int setsDone) {

    public ExerciseSet currentSet() {
        return plan.sets().get(current);
    }

    /** Whether the countdown now is a rest between two sets of the same exercise, rather than getting ready. */
    public boolean resting() {
        return phase == Phase.POSITIONING && current > 0
                && plan.sets().get(current - 1).exercise().equals(currentSet().exercise());
    }

    /** How many sets the current exercise has in this plan. */
    public int setsOfCurrentExercise() {
        return (int) plan.sets().stream().filter(s -> s.exercise().equals(currentSet().exercise())).count();
    }

    public Optional<ExerciseSet> nextSet() {
        int next = current + 1;
        return next < plan.sets().size() && !phase.isOver() ? Optional.of(plan.sets().get(next)) : Optional.empty();
    }

    public long phaseRemainingSecondsCeil() {
        return ceilSeconds(phaseRemainingNanos);
    }

    public long remainingSecondsCeil() {
        return ceilSeconds(remainingNanos);
    }

    private static long ceilSeconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
