package dev.unknot.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The guide's self-check after a session, four optional yes/no answers.
 *
 * @param eatingWell    eating nutritious food?
 * @param restingEnough resting enough between workouts?
 * @param hydrated      drinking enough water, with electrolytes?
 * @param sleepingEnough getting enough sleep?
 */
public record SelfCheck(Optional<Boolean> eatingWell, Optional<Boolean> restingEnough, Optional<Boolean> hydrated,
                        Optional<Boolean> sleepingEnough) {

    public static final SelfCheck UNANSWERED =
            new SelfCheck(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public SelfCheck {
        Objects.requireNonNull(eatingWell);
        Objects.requireNonNull(restingEnough);
        Objects.requireNonNull(hydrated);
        Objects.requireNonNull(sleepingEnough);
    }
}
