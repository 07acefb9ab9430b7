package dev.unknot.domain.exercises;

import java.util.Objects;

/**
 * One strengthening exercise.
 *
 * @param id    stable id; never renamed
 * @param name  display name
 * @param howTo 2–3 sentences in our own words, set up so the sore area is not loaded
 */
public record Exercise(String id, String name, String howTo) {

    public Exercise {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(howTo);
    }
}
