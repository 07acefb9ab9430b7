package dev.unknot.domain.exercises;

import java.util.Objects;

/**
 * One timed set: work on the exercise, then rest.
 *
 * @param setNumber   1-based within the exercise
 * @param restSeconds the rest after this set; 0 after the last set of the plan
 */
public record ExerciseSet(Exercise exercise, int setNumber, int workSeconds, int restSeconds) {

    public ExerciseSet {
        Objects.requireNonNull(exercise);
    }
}
