package dev.unknot.domain.editing;

import dev.unknot.domain.Routine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a draft: every error found (routine fields first, then step by step: tool, sides,
 * minutes), and the routine when there are none.
 */
public record DraftCheck(List<DraftError> errors, Optional<Routine> routine) {

    public DraftCheck {
        errors = List.copyOf(errors);
        Objects.requireNonNull(routine);
        if (errors.isEmpty() == routine.isEmpty()) {
            throw new IllegalArgumentException("a routine exactly when there are no errors");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The error for a routine field (NAME or STEPS), if any. */
    public Optional<String> errorFor(DraftField field) {
        return errors.stream().filter(e -> e.field() == field && e.step().isEmpty())
                .map(DraftError::message).findFirst();
    }

    /** The error for a field of step {@code step} (TOOL, SIDES or MINUTES), if any. */
    public Optional<String> errorFor(DraftField field, int step) {
        return errors.stream()
                .filter(e -> e.field() == field && e.step().isPresent() && e.step().getAsInt() == step)
                .map(DraftError::message).findFirst();
    }
}
