package dev.unknot.domain;

import java.util.List;
import java.util.Objects;

/** An ordered list of steps with a name. Built-in routines are read-only; people copy them to change them. */
public record Routine(String id, String name, List<Step> steps, boolean builtIn) {

    public Routine {
        Objects.requireNonNull(id);
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new ValidationException("A routine needs a name.");
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new ValidationException("A routine needs at least one step.");
        }
    }

    public int plannedSeconds() {
        return steps.stream().mapToInt(Step::plannedSeconds).sum();
    }
}
