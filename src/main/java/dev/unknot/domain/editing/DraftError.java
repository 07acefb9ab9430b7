package dev.unknot.domain.editing;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem with a draft, for the field it belongs to.
 *
 * @param field   which field
 * @param step    the 0-based step index for {@link DraftField#perStep() per-step} fields; empty for NAME and STEPS
 * @param message a plain sentence saying what is wrong and, where it helps, what would do
 */
public record DraftError(DraftField field, OptionalInt step, String message) {

    public DraftError {
        Objects.requireNonNull(field);
        Objects.requireNonNull(step);
        Objects.requireNonNull(message);
        if (field.perStep() != step.isPresent()) {
            throw new IllegalArgumentException(field + (field.perStep() ? " needs" : " takes no") + " step index");
        }
    }

    static DraftError ofRoutine(DraftField field, String message) {
        return new DraftError(field, OptionalInt.empty(), message);
    }

    static DraftError ofStep(DraftField field, int step, String message) {
        return new DraftError(field, OptionalInt.of(step), message);
    }
}
