package dev.unknot.domain.editing;

import dev.unknot.domain.Settings;
import dev.unknot.domain.Step;
import dev.unknot.domain.Target;
import dev.unknot.domain.Tool;
import dev.unknot.domain.Sides;

import java.util.Objects;

/**
 * One step as the editor holds it, not yet judged: the tool and sides may not suit the target and the minutes
 * are the text as typed, so the editor can show exactly what the person entered next to its error.
 */
public record DraftStep(Target target, Tool tool, Sides sides, String minutesText) {

    public DraftStep {
        Objects.requireNonNull(target);
        Objects.requireNonNull(tool);
        Objects.requireNonNull(sides);
        minutesText = minutesText == null ? "" : minutesText;
    }

    /** A step of an existing routine. */
    public static DraftStep of(Step step) {
        return new DraftStep(step.target(), step.tool(), step.sides(), Integer.toString(step.minutes()));
    }

    /** The target with its usual tool and sides, for the person's minutes for it. */
    public static DraftStep usual(Target target, Settings settings) {
        return new DraftStep(target, target.usualTool(), target.usualSides(),
                Integer.toString(settings.minutesFor(target)));
    }

    DraftStep withTool(Tool tool) {
        return new DraftStep(target, tool, sides, minutesText);
    }

    DraftStep withSides(Sides sides) {
        return new DraftStep(target, tool, sides, minutesText);
    }

    DraftStep withMinutesText(String text) {
        return new DraftStep(target, tool, sides, text);
    }
}
