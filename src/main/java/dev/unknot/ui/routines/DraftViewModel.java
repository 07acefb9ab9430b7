package dev.unknot.ui.routines;

import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Target;
import dev.unknot.domain.Tool;
import dev.unknot.domain.editing.DraftCheck;
import dev.unknot.domain.editing.DraftField;
import dev.unknot.domain.editing.DraftStep;
import dev.unknot.domain.editing.RoutineDraft;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The routine being edited: an immutable {@link RoutineDraft} with every error from its check next to its field,
 * what the heading and hint say, and whether it differs from what Revert goes back to. A built-in routine is only
 * shown: every change to it is refused with {@link #READ_ONLY_HINT}. Removing a step sends the focus to the step
 * that took its place, else the one before, else to adding a step.
 */
public final class DraftViewModel {
    public static final String READ_ONLY_HINT =
            "Built-in routines can't be changed — duplicate one to make your own.";

    private final RoutineListViewModel list;
    private final Supplier<Settings> settings;
    private final Consumer<String> say;
    private final Consumer<FocusRequest> focus;

    private final ReadOnlyObjectWrapper<RoutineDraft> draft = new ReadOnlyObjectWrapper<>();
    /** What Revert goes back to: the saved routine, or the draft a new routine started as. */
    private RoutineDraft baseline;
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    /** Kept, not made at each call: a view's listeners stay only as long as the read-only list they were added to. */
    private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper newRoutine = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDuplicate = new ReadOnlyBooleanWrapper();
    /**
     * Whether this draft has been saved (or tried): only then are "needs a name" and "needs a step" shown, since
     * a new routine starts without either and saying so before anything is typed is noise.
     */
    private boolean saveTried;

    /**
     * @param list     the routines: which one is shown, which are saved, the names taken
     * @param settings the person's current settings: a new step's minutes
     * @param say      shows a message to the person (a refusal; empty once an edit makes the last one untrue)
     * @param focus    told where the keyboard goes after removing a step
     */
    DraftViewModel(RoutineListViewModel list, Supplier<Settings> settings, Consumer<String> say,
                   Consumer<FocusRequest> focus) {
        this.list = Objects.requireNonNull(list);
        this.settings = Objects.requireNonNull(settings);
        this.say = Objects.requireNonNull(say);
        this.focus = Objects.requireNonNull(focus);
    }

    // ---- edits ---------------------------------------------------------------------------------------

    /** The name as typed. */
    public void rename(String typed) {
        String text = typed == null ? "" : typed;
        if (text.equals(draft.get().name()) || refusedWhenReadOnly()) {
            return;
        }
        change(draft.get().renamed(text));
    }

    /** Appends a step for the target: its usual tool and sides, the person's minutes for it. */
    public void addStep(Target target) {
        if (target == null || refusedWhenReadOnly()) {
            return;
        }
        List<StepRow> rows = new ArrayList<>(steps);
        rows.add(new StepRow(target));
        change(draft.get().withStepAdded(target, settings.get()), rows);
    }

    /** Removes a step; the focus goes to the step that took its place, else the one before, else adding a step. */
    public void removeStep(int index) {
        if (!isStep(index) || refusedWhenReadOnly()) {
            return;
        }
        List<StepRow> rows = new ArrayList<>(steps);
        rows.remove(index);
        change(draft.get().withStepRemoved(index), rows);
        focus.accept(steps.isEmpty() ? FocusRequest.to(FocusRequest.Spot.ADD_STEP)
                : FocusRequest.toStep(Math.min(index, steps.size() - 1)));
    }

    /**
     * Moves step {@code from} so that it ends up at {@code to}; the steps between shift by one. Returns whether it
     * moved (a drop onto a row says whether it was taken).
     */
    public boolean moveStep(int from, int to) {
        if (!isStep(from) || !isStep(to) || from == to || refusedWhenReadOnly()) {
            return false;
        }
        List<StepRow> rows = new ArrayList<>(steps);
        rows.add(to, rows.remove(from));
        change(draft.get().withStepMoved(from, to), rows);
        return true;
    }

    /** Whether {@link #moveStep} would move step {@code from} to {@code to}: a row dragged onto another takes it. */
    public boolean canMoveStep(int from, int to) {
        return isStep(from) && isStep(to) && from != to && !readOnly.get();
    }

    public void moveStepUp(int index) {
        moveStep(index, index - 1);
    }

    public void moveStepDown(int index) {
        moveStep(index, index + 1);
    }

    public void setTool(int index, Tool tool) {
        if (!isStep(index) || tool == null || tool == steps.get(index).tool() || refusedWhenReadOnly()) {
            return;
        }
        change(draft.get().withTool(index, tool));
    }

    public void setSides(int index, Sides sides) {
        if (!isStep(index) || sides == null || sides == steps.get(index).sides() || refusedWhenReadOnly()) {
            return;
        }
        change(draft.get().withSides(index, sides));
    }

    /** The minutes as typed; judged, never clamped. */
    public void setMinutes(int index, String typed) {
        String text = typed == null ? "" : typed;
        if (!isStep(index) || text.equals(steps.get(index).minutes()) || refusedWhenReadOnly()) {
            return;
        }
        change(draft.get().withMinutes(index, text));
    }

    /** Goes back to the routine as saved (or as the new routine started). */
    public void revert() {
        if (refusedWhenReadOnly() || !dirty.get()) {
            return;
        }
        saveTried = false;
        show(baseline, false);
        say.accept("Changes undone.");
    }

    // ---- what is shown ---------------------------------------------------------------------------------

    /** Shows a routine from the list: a built-in read-only, one's own to edit. */
    void show(RoutineItem item) {
        list.select(item);
        baseline = item.builtIn() ? shownOnly(item.routine()) : RoutineDraft.editing(item.routine());
        show(baseline, true);
    }

    /** Starts a routine not saved yet from {@code started}. */
    void startNew(RoutineDraft started) {
        list.select(null);
        baseline = started;
        show(started, true);
    }

    /** The routine being edited was read again from the store; the changes to it are kept. */
    void reread(RoutineItem same) {
        list.select(same);
        baseline = RoutineDraft.editing(same.routine());
        refresh();
    }

    /** Marks every error, "needs a name" and "needs a step" too, and returns the check a save goes by. */
    DraftCheck checkToSave() {
        saveTried = true;
        return refresh();
    }

    /** {@code routine} was saved from the draft {@code asSaved}; edits made while it was being saved stay. */
    void saved(Routine routine, RoutineDraft asSaved) {
        baseline = RoutineDraft.editing(routine);
        if (draft.get().equals(asSaved)) {
            change(baseline); // the name as kept (trimmed), the minutes as numbers
        } else {
            refresh();
        }
    }

    /** Refuses (and says why) when a built-in routine is shown. */
    boolean refusedWhenReadOnly() {
        if (readOnly.get()) {
            say.accept(READ_ONLY_HINT);
            return true;
        }
        return false;
    }

    // ---- state ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<RoutineDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ObservableList<StepRow> steps() {
        return stepsView;
    }

    /** The name as typed. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** "A routine needs at least one step.", once a save was tried. */
    public ReadOnlyStringProperty stepsErrorProperty() {
        return stepsError.getReadOnlyProperty();
    }

    /** What is being edited: the saved name, "New routine", or a built-in's name. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The built-in hint, "not saved yet" or "unsaved changes"; empty when all is saved. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The draft differs from what is saved (a new routine with a name or a step counts). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A built-in routine is shown: nothing can be changed. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The draft is a routine not saved yet. */
    public ReadOnlyBooleanProperty newRoutineProperty() {
        return newRoutine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDuplicateProperty() {
        return canDuplicate.getReadOnlyProperty();
    }

    // ---- internals -----------------------------------------------------------------------------------

    /** A draft that only shows a routine (a built-in one, which {@link RoutineDraft#editing} refuses). */
    private static RoutineDraft shownOnly(Routine routine) {
        return new RoutineDraft(routine.id(), routine.name(), routine.steps().stream().map(DraftStep::of).toList());
    }

    /** Shows a whole draft; {@code fresh} when it is another routine than before. */
    private void show(RoutineDraft shown, boolean fresh) {
        saveTried = saveTried && !fresh;
        draft.set(shown);
        refresh(shown.steps().stream().map(s -> new StepRow(s.target())).toList());
    }

    private void change(RoutineDraft changed) {
        change(changed, steps);
    }

    private void change(RoutineDraft changed, List<StepRow> rows) {
        if (!changed.equals(draft.get())) {
            say.accept(""); // "Saved …" or "Changes undone." spoke of the draft before this edit
        }
        draft.set(changed);
        refresh(rows);
    }

    private DraftCheck refresh() {
        return refresh(steps);
    }

    /**
     * Brings every property in line with the draft and its check, the rows before they are shown; returns the
     * check. The rows are shown in one change, so the screen moves a row rather than losing and rebuilding it.
     */
    private DraftCheck refresh(List<StepRow> rows) {
        RoutineDraft current = draft.get();
        RoutineItem selected = list.selectedProperty().get();
        boolean builtIn = selected != null && selected.builtIn() && selected.id().equals(current.id());
        boolean saved = list.isSaved(current.id());
        readOnly.set(builtIn);
        newRoutine.set(!builtIn && !saved);
        canDelete.set(saved && selected != null);
        canDuplicate.set(selected != null);
        name.set(current.name());

        DraftCheck check = current.check(list.otherNames(current.id()));
        boolean showMissing = saveTried && !builtIn;
        nameError.set(builtIn ? "" : check.errorFor(DraftField.NAME)
                .filter(e -> showMissing || !current.name().isBlank()).orElse(""));
        stepsError.set(showMissing ? check.errorFor(DraftField.STEPS).orElse("") : "");
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(i, current.steps().get(i), check, !builtIn && current.canMoveUp(i),
                    !builtIn && current.canMoveDown(i));
        }

        if (builtIn) {
            dirty.set(false);
            heading.set(current.name() + " (built-in)");
            hint.set(READ_ONLY_HINT);
        } else if (!saved) {
            dirty.set(!current.name().isBlank() || !current.steps().isEmpty());
            heading.set("New routine");
            hint.set("Not saved yet — Save (Ctrl+S) keeps it.");
        } else {
            dirty.set(!current.equals(baseline));
            heading.set(list.savedName(current.id()));
            hint.set(dirty.get() ? "Unsaved changes — Save (Ctrl+S) keeps them, Revert undoes them." : "");
        }
        if (rows != steps) {
            steps.setAll(rows);
        }
        return check;
    }

    private boolean isStep(int index) {
        return index >= 0 && index < steps.size();
    }
}
