package dev.unknot.ui.routines;

import dev.unknot.domain.Sides;
import dev.unknot.domain.Target;
import dev.unknot.domain.Tool;
import dev.unknot.domain.editing.DraftCheck;
import dev.unknot.domain.editing.DraftField;
import dev.unknot.domain.editing.DraftStep;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Arrays;
import java.util.List;

/**
 * One step of the draft as the screen shows it. A row keeps its identity while its step moves, so the screen can
 * keep the focus on it; its values follow the draft.
 */
public final class StepRow {
    private final Target target;
    private final List<Sides> sidesChoices;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Tool> tool = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Sides> sides = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper minutes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper toolError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sidesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper minutesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper();

    StepRow(Target target) {
        this.target = target;
        sidesChoices = Arrays.stream(Sides.values()).filter(s -> s.allowedFor(target)).toList();
    }

    /** Shows step {@code at} of the draft, with its check's errors; moving it is offered unless read-only. */
    void show(int at, DraftStep step, DraftCheck check, boolean canMoveUp, boolean canMoveDown) {
        index.set(at);
        tool.set(step.tool());
        sides.set(step.sides());
        minutes.set(step.minutesText());
        toolError.set(check.errorFor(DraftField.TOOL, at).orElse(""));
        sidesError.set(check.errorFor(DraftField.SIDES, at).orElse(""));
        minutesError.set(check.errorFor(DraftField.MINUTES, at).orElse(""));
        this.canMoveUp.set(canMoveUp);
        this.canMoveDown.set(canMoveDown);
    }

    public Target target() {
        return target;
    }

    /** The tools that suit the target, the usual one first. */
    public List<Tool> tools() {
        return target.tools();
    }

    /** Left, right or both for a target worked by side; the centre for one worked centrally. */
    public List<Sides> sidesChoices() {
        return sidesChoices;
    }

    /** "min each side" or "min", for the minutes field. */
    public String minutesUnit() {
        return target.perSide() ? "min each side" : "min";
    }

    /** 0-based. */
    public int index() {
        return index.get();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public Tool tool() {
        return tool.get();
    }

    public ReadOnlyObjectProperty<Tool> toolProperty() {
        return tool.getReadOnlyProperty();
    }

    public Sides sides() {
        return sides.get();
    }

    public ReadOnlyObjectProperty<Sides> sidesProperty() {
        return sides.getReadOnlyProperty();
    }

    /** The minutes as typed. */
    public String minutes() {
        return minutes.get();
    }

    public ReadOnlyStringProperty minutesProperty() {
        return minutes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toolErrorProperty() {
        return toolError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sidesErrorProperty() {
        return sidesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty minutesErrorProperty() {
        return minutesError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveUpProperty() {
        return canMoveUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveDownProperty() {
        return canMoveDown.getReadOnlyProperty();
    }
}
