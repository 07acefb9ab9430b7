package dev.unknot.domain.exercises;

import dev.unknot.domain.ValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The chosen exercises unrolled into timed sets, in the order chosen: every set of the first exercise, then of
 * the next. Each set is followed by the block's rest, except the last set of all (nothing left to rest for).
 */
public record ExercisePlan(List<ExerciseSet> sets) {

    public ExercisePlan {
        sets = List.copyOf(sets);
    }

    public static ExercisePlan of(List<Exercise> chosen, ExerciseBlock block) {
        if (chosen.isEmpty()) {
            throw new ValidationException("Choose at least one exercise.");
        }
        List<ExerciseSet> sets = new ArrayList<>();
        for (int e = 0; e < chosen.size(); e++) {
            for (int n = 1; n <= block.sets(); n++) {
                boolean last = e == chosen.size() - 1 && n == block.sets();
                sets.add(new ExerciseSet(chosen.get(e), n, block.workSeconds(), last ? 0 : block.restSeconds()));
            }
        }
        return new ExercisePlan(sets);
    }

    public static ExercisePlan of(List<Exercise> chosen) {
        return of(chosen, ExerciseBlock.DEFAULT);
    }

    /** Work and rest together, in seconds. */
    public int totalSeconds() {
        return sets.stream().mapToInt(s -> s.workSeconds() + s.restSeconds()).sum();
    }
}
