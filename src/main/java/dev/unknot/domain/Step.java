package dev.unknot.domain;

import java.util.Objects;

/** One entry of a routine: a target, the tool used on it, the sides, and the minutes per side. */
public record Step(Target target, Tool tool, Sides sides, int minutes) {

    public Step {
        Objects.requireNonNull(target);
        Objects.requireNonNull(tool);
        Objects.requireNonNull(sides);
        if (!target.suits(tool)) {
            throw new ValidationException(tool.label() + " does not suit the " + target.name() + ".");
        }
        if (!sides.allowedFor(target)) {
            throw new ValidationException(target.name() + " is worked "
                    + (target.perSide() ? "one side at a time" : "centrally") + ", not " + sides.label().toLowerCase() + ".");
        }
        Durations.requireMinutes(minutes);
    }

    /** The target with its usual tool and sides, for its default minutes. */
    public static Step usual(Target target) {
        return new Step(target, target.usualTool(), target.usualSides(), target.defaultMinutes());
    }

    public int plannedSeconds() {
        return sides.order().size() * minutes * 60;
    }
}
