package dev.unknot.ui.body;

import dev.unknot.domain.Side;
import dev.unknot.domain.Step;
import dev.unknot.domain.Routine;

import java.util.List;
import java.util.Objects;

/**
 * One target to light on the body outline, on one side (or in the centre).
 *
 * @param targetId a {@link dev.unknot.domain.TargetCatalogue} id
 */
public record BodyMark(String targetId, Side side) {
    public BodyMark {
        Objects.requireNonNull(targetId);
        Objects.requireNonNull(side);
    }

    /** Every target and side a routine works, in order, each once. */
    public static List<BodyMark> of(Routine routine) {
        return routine.steps().stream()
                .flatMap((Step step) -> step.sides().order().stream().map(side -> new BodyMark(step.target().id(), side)))
                .distinct()
                .toList();
    }
}
