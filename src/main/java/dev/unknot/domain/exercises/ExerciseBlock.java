package dev.unknot.domain.exercises;

import dev.unknot.domain.ValidationException;

/**
 * How each chosen exercise is done: {@code sets} sets of {@code workSeconds}, with {@code restSeconds} of rest
 * after each set except the very last of the session.
 */
public record ExerciseBlock(int sets, int workSeconds, int restSeconds) {

    /** Three sets of 30 s with 30 s rests. */
    public static final ExerciseBlock DEFAULT = new ExerciseBlock(3, 30, 30);

    public ExerciseBlock {
        if (sets < 1 || sets > 10) {
            throw new ValidationException("Sets must be a whole number from 1 to 10 (got " + sets + ").");
        }
        if (workSeconds < 5 || workSeconds > 300) {
            throw new ValidationException("A set lasts from 5 to 300 seconds (got " + workSeconds + ").");
        }
        if (restSeconds < 0 || restSeconds > 300) {
            throw new ValidationException("A rest lasts from 0 to 300 seconds (got " + restSeconds + ").");
        }
    }
}
