package dev.unknot.ui.routines;

import dev.unknot.domain.store.RoutineStore;
import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.editing.DraftCheck;
import dev.unknot.domain.editing.DraftField;
import dev.unknot.domain.editing.DraftStep;
import dev.unknot.domain.editing.RoutineDraft;
import dev.unknot.ui.Failures;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The routine editor: the routines (built-in ones first, read-only; then the person's own), the one selected, and
 * the draft being edited with every error next to its field. A draft is only ever saved whole and valid: minutes
 * out of range, an empty or taken name, or no steps refuse the save and say why, and nothing is clamped.
 *
 * <p>Anything that would throw away unsaved changes (choosing another routine, New, Duplicate) asks first, as
 * Delete does: {@link #confirmationProperty()} holds the question until {@link #confirm()} or
 * {@link #cancelConfirmation()}.
 */
public final class RoutineEditorViewModel {
    public static final String READ_ONLY_HINT =
            "Built-in routines can't be changed — duplicate one to make your own.";

    /** One routine in the list. */
    public record RoutineItem(Routine routine) {
        public RoutineItem {
            Objects.requireNonNull(routine);
        }

        public String id() {
            return routine.id();
        }

        public String name() {
            return routine.name();
        }

        public boolean builtIn() {
            return routine.builtIn();
        }

        /** The name, marked when built in. */
        public String label() {
            return builtIn() ? routine.name() + "  · built-in" : routine.name();
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** A question to answer before something is lost: Enter does it, Escape keeps things as they are. */
    public record Confirmation(String question, String detail, String confirmText, String keepText) {
    }

    /**
     * One step of the draft as the screen shows it. A row keeps its identity while its step moves, so the screen
     * can keep the focus on it; its values follow the draft.
     */
    public static final class StepRow {
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

    private final RoutineStore store;
    private final TargetCatalogue catalogue;
    private final Supplier<Settings> settings;
    private final List<Routine> builtIns;
    private final Executor fx;
    private final Consumer<List<Routine>> onChanged;

    private List<Routine> customs = List.of();
    private final ObservableList<RoutineItem> routines = FXCollections.observableArrayList();
    /** Kept, not made at each call: a view's listeners stay only as long as the read-only list they were added to. */
    private final ObservableList<RoutineItem> routinesView = FXCollections.unmodifiableObservableList(routines);
    private final ReadOnlyObjectWrapper<RoutineItem> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RoutineDraft> draft = new ReadOnlyObjectWrapper<>();
    /** What Revert goes back to: the saved routine, or the draft a new routine started as. */
    private RoutineDraft baseline;
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper newRoutine = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDuplicate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Confirmation> confirmation = new ReadOnlyObjectWrapper<>();
    private Runnable onConfirm = () -> { };
    /**
     * Whether this draft has been saved (or tried): only then are "needs a name" and "needs a step" shown, since
     * a new routine starts without either and saying so before anything is typed is noise.
     */
    private boolean saveTried;

    /**
     * @param store     where the person's routines are kept
     * @param catalogue the targets a step can have
     * @param settings  the person's current settings: a new step's minutes, and the built-ins' minutes
     * @param builtIns  Unknot's own routines, shown first and read-only
     * @param fx        runs a store's answer on the UI thread ({@code Platform::runLater} in the app)
     * @param onChanged told the person's own routines, in order, after each save, delete or reorder
     */
    public RoutineEditorViewModel(RoutineStore store, TargetCatalogue catalogue, Supplier<Settings> settings,
                                  List<Routine> builtIns, Executor fx, Consumer<List<Routine>> onChanged) {
        this.store = Objects.requireNonNull(store);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.settings = Objects.requireNonNull(settings);
        this.builtIns = List.copyOf(builtIns);
        this.fx = Objects.requireNonNull(fx);
        this.onChanged = Objects.requireNonNull(onChanged);
        showItems();
        if (routines.isEmpty()) {
            startNew(RoutineDraft.blank(UUID.randomUUID()), "");
        } else {
            show(routines.get(0));
        }
    }

    // ---- Commands ------------------------------------------------------------------------------------

    /** Reads the person's routines (call when the screen is shown). Unsaved changes are kept. */
    public void load() {
        store.load().whenCompleteAsync((loaded, error) -> {
            if (error != null) {
                message.set("Your routines could not be read: " + Failures.message(error));
                return;
            }
            customs = List.copyOf(loaded);
            showItems();
            RoutineDraft current = draft.get();
            Optional<RoutineItem> same = item(current.id());
            if (same.isPresent() && !dirty.get()) {
                show(same.get());
            } else if (same.isPresent()) {
                selected.set(same.get());
                baseline = RoutineDraft.editing(same.get().routine());
                refresh();
            } else if (!newRoutine.get()) {
                show(routines.get(0));
            }
        }, fx);
    }

    /** Shows a routine from the list: a built-in read-only, one's own to edit. Asks first if changes would be lost. */
    public void select(RoutineItem item) {
        if (item == null || item.id().equals(draft.get().id())) {
            return;
        }
        unlessChangesAreLost(() -> {
            show(item);
            message.set("");
        });
    }

    /** Starts a new, empty routine. */
    public void newRoutine() {
        unlessChangesAreLost(() -> startNew(RoutineDraft.blank(UUID.randomUUID()),
                "A new routine: give it a name, add steps, then save."));
    }

    /** Starts a new routine as a copy of the selected one, built-in or not, named "… (copy)". */
    public void duplicate() {
        RoutineItem source = selected.get();
        if (source == null) {
            message.set("Choose a routine in the list to duplicate.");
            return;
        }
        unlessChangesAreLost(() -> {
            Routine routine = BuiltInRoutines.withDurations(source.routine(), settings.get());
            startNew(RoutineDraft.copyOf(routine, UUID.randomUUID(), names()),
                    "A copy of \"" + source.name() + "\": change it as you like, then save.");
        });
    }

    /** Asks before deleting the selected routine (only one's own). */
    public void requestDelete() {
        RoutineItem item = selected.get();
        if (item == null || !canDelete.get()) {
            message.set(item != null && item.builtIn() ? READ_ONLY_HINT : "Only a saved routine of your own can be deleted.");
            return;
        }
        ask(new Confirmation("Delete \"" + item.name() + "\"?",
                "Sessions you did with it keep its name in your history. This cannot be undone.",
                "Delete  (Enter)", "Keep it  (Esc)"), () -> delete(item));
    }

    /** Does what {@link #confirmationProperty()} asked about. */
    public void confirm() {
        Runnable action = onConfirm;
        onConfirm = () -> { };
        confirmation.set(null);
        action.run();
    }

    /** Leaves things as they were. */
    public void cancelConfirmation() {
        onConfirm = () -> { };
        confirmation.set(null);
    }

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
        StepRow row = new StepRow(target);
        List<StepRow> rows = new ArrayList<>(steps);
        rows.add(row);
        change(draft.get().withStepAdded(target, settings.get()), rows);
    }

    public void removeStep(int index) {
        if (!isStep(index) || refusedWhenReadOnly()) {
            return;
        }
        List<StepRow> rows = new ArrayList<>(steps);
        rows.remove(index);
        change(draft.get().withStepRemoved(index), rows);
    }

    /** Moves step {@code from} so that it ends up at {@code to}; the steps between shift by one. */
    public void moveStep(int from, int to) {
        if (!isStep(from) || !isStep(to) || from == to || refusedWhenReadOnly()) {
            return;
        }
        List<StepRow> rows = new ArrayList<>(steps);
        rows.add(to, rows.remove(from));
        change(draft.get().withStepMoved(from, to), rows);
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

    /** Saves the draft when it has no error; otherwise shows every error and saves nothing. */
    public void save() {
        if (refusedWhenReadOnly() || saving.get()) {
            return;
        }
        saveTried = true;
        RoutineDraft asSaved = draft.get();
        DraftCheck check = refresh();
        if (!check.isValid()) {
            message.set("Nothing was saved: fix what is marked in red first.");
            return;
        }
        Routine routine = check.routine().orElseThrow();
        saving.set(true);
        store.save(routine).whenCompleteAsync((v, error) -> {
            saving.set(false);
            if (error != null) {
                message.set("\"" + routine.name() + "\" was not saved: " + Failures.message(error));
                return;
            }
            List<Routine> updated = new ArrayList<>(customs);
            int at = indexOf(updated, routine.id());
            if (at >= 0) {
                updated.set(at, routine);
            } else {
                updated.add(routine);
            }
            customs = List.copyOf(updated);
            showItems();
            baseline = RoutineDraft.editing(routine);
            selected.set(item(routine.id()).orElseThrow());
            if (draft.get().equals(asSaved)) {
                change(baseline); // the name as kept (trimmed), the minutes as numbers
            } else {
                refresh();
            }
            message.set("Saved \"" + routine.name() + "\".");
            onChanged.accept(customs);
        }, fx);
    }

    /** Goes back to the routine as saved (or as the new routine started). */
    public void revert() {
        if (refusedWhenReadOnly() || !dirty.get()) {
            return;
        }
        saveTried = false;
        show(baseline, false);
        message.set("Changes undone.");
    }

    /** Moves the selected routine of one's own up one place among them. */
    public void moveRoutineUp() {
        moveRoutine(-1);
    }

    /** Moves the selected routine of one's own down one place among them. */
    public void moveRoutineDown() {
        moveRoutine(1);
    }

    // ---- State ---------------------------------------------------------------------------------------

    /** Built-in routines first, then the person's own in their order. */
    public ObservableList<RoutineItem> routines() {
        return routinesView;
    }

    /** The routine shown; null while a new routine is not saved yet. */
    public ReadOnlyObjectProperty<RoutineItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RoutineDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ObservableList<StepRow> steps() {
        return stepsView;
    }

    /** The targets a step can be added for. */
    public List<Target> targets() {
        return catalogue.all();
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
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

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The question being asked; null when none. */
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    // ---- Internals -----------------------------------------------------------------------------------

    private void showItems() {
        List<RoutineItem> items = new ArrayList<>();
        builtIns.forEach(r -> items.add(new RoutineItem(BuiltInRoutines.withDurations(r, settings.get()))));
        customs.forEach(r -> items.add(new RoutineItem(r)));
        routines.setAll(items);
    }

    private Optional<RoutineItem> item(String id) {
        return routines.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private void show(RoutineItem item) {
        selected.set(item);
        baseline = item.builtIn() ? draft(item.routine()) : RoutineDraft.editing(item.routine());
        show(baseline, true);
    }

    /** A draft that only shows a routine (a built-in one, which {@link RoutineDraft#editing} refuses). */
    private static RoutineDraft draft(Routine routine) {
        return new RoutineDraft(routine.id(), routine.name(), routine.steps().stream().map(DraftStep::of).toList());
    }

    private void startNew(RoutineDraft started, String says) {
        selected.set(null);
        baseline = started;
        show(started, true);
        message.set(says);
    }

    /** Shows a whole draft; {@code fresh} when it is another routine than before. */
    private void show(RoutineDraft shown, boolean fresh) {
        if (fresh) {
            saveTried = false;
        }
        draft.set(shown);
        refresh(shown.steps().stream().map(s -> new StepRow(s.target())).toList());
    }

    private void change(RoutineDraft changed) {
        change(changed, steps);
    }

    private void change(RoutineDraft changed, List<StepRow> rows) {
        if (!changed.equals(draft.get())) {
            message.set(""); // "Saved …" or "Changes undone." spoke of the draft before this edit
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
        boolean builtIn = selected.get() != null && selected.get().builtIn() && selected.get().id().equals(current.id());
        boolean saved = indexOf(customs, current.id()) >= 0;
        readOnly.set(builtIn);
        newRoutine.set(!builtIn && !saved);
        canDelete.set(saved && selected.get() != null);
        canDuplicate.set(selected.get() != null);
        name.set(current.name());

        DraftCheck check = current.check(otherNames(current.id()));
        boolean showMissing = saveTried && !builtIn;
        nameError.set(builtIn ? "" : check.errorFor(DraftField.NAME)
                .filter(e -> showMissing || !current.name().isBlank()).orElse(""));
        stepsError.set(showMissing ? check.errorFor(DraftField.STEPS).orElse("") : "");
        for (int i = 0; i < rows.size(); i++) {
            StepRow row = rows.get(i);
            DraftStep step = current.steps().get(i);
            row.index.set(i);
            row.tool.set(step.tool());
            row.sides.set(step.sides());
            row.minutes.set(step.minutesText());
            row.toolError.set(check.errorFor(DraftField.TOOL, i).orElse(""));
            row.sidesError.set(check.errorFor(DraftField.SIDES, i).orElse(""));
            row.minutesError.set(check.errorFor(DraftField.MINUTES, i).orElse(""));
            row.canMoveUp.set(!builtIn && current.canMoveUp(i));
            row.canMoveDown.set(!builtIn && current.canMoveDown(i));
        }

        if (builtIn) {
            dirty.set(false);
        } else if (saved) {
            dirty.set(!current.equals(baseline));
        } else {
            dirty.set(!current.name().isBlank() || !current.steps().isEmpty());
        }
        if (builtIn) {
            heading.set(current.name() + " (built-in)");
            hint.set(READ_ONLY_HINT);
        } else if (!saved) {
            heading.set("New routine");
            hint.set("Not saved yet — Save (Ctrl+S) keeps it.");
        } else {
            heading.set(customs.get(indexOf(customs, current.id())).name());
            hint.set(dirty.get() ? "Unsaved changes — Save (Ctrl+S) keeps them, Revert undoes them." : "");
        }
        if (rows != steps) {
            steps.setAll(rows);
        }
        return check;
    }

    private boolean refusedWhenReadOnly() {
        if (readOnly.get()) {
            message.set(READ_ONLY_HINT);
            return true;
        }
        return false;
    }

    private boolean isStep(int index) {
        return index >= 0 && index < steps.size();
    }

    /** Leaving the screen: at once when all is saved, else after "Discard your changes?" is answered yes. */
    public void leaveThen(Runnable leave) {
        unlessChangesAreLost(leave);
    }

    private void unlessChangesAreLost(Runnable action) {
        if (!dirty.get()) {
            action.run();
            return;
        }
        String what = draft.get().name().isBlank() ? "this new routine" : "\"" + draft.get().name().strip() + "\"";
        ask(new Confirmation("Discard your changes?", "Your changes to " + what + " are not saved.",
                "Discard  (Enter)", "Keep editing  (Esc)"), action);
    }

    private void ask(Confirmation question, Runnable action) {
        onConfirm = action;
        confirmation.set(question);
    }

    private void delete(RoutineItem item) {
        store.delete(item.id()).whenCompleteAsync((v, error) -> {
            if (error != null) {
                message.set("\"" + item.name() + "\" was not deleted: " + Failures.message(error));
                return;
            }
            int at = routines.indexOf(routines.stream().filter(i -> i.id().equals(item.id())).findFirst()
                    .orElse(null));
            customs = customs.stream().filter(r -> !r.id().equals(item.id())).toList();
            showItems();
            if (item.id().equals(draft.get().id())) {
                show(routines.get(Math.max(0, Math.min(at, routines.size() - 1))));
            }
            message.set("Deleted \"" + item.name() + "\".");
            onChanged.accept(customs);
        }, fx);
    }

    private void moveRoutine(int by) {
        RoutineItem item = selected.get();
        int from = item == null ? -1 : indexOf(customs, item.id());
        if (from < 0) {
            message.set(item != null && item.builtIn()
                    ? "Built-in routines stay first; only your own routines can be moved."
                    : "Choose one of your saved routines to move it.");
            return;
        }
        int to = from + by;
        if (to < 0 || to >= customs.size()) {
            return;
        }
        List<Routine> reordered = new ArrayList<>(customs);
        reordered.add(to, reordered.remove(from));
        store.reorder(reordered.stream().map(Routine::id).toList()).whenCompleteAsync((v, error) -> {
            if (error != null) {
                message.set("The routines were not reordered: " + Failures.message(error));
                return;
            }
            customs = List.copyOf(reordered);
            String keep = selected.get() == null ? null : selected.get().id();
            showItems();
            item(keep).ifPresent(selected::set);
            onChanged.accept(customs);
        }, fx);
    }

    /** Every routine's name, built-ins too. */
    private List<String> names() {
        return routines.stream().map(RoutineItem::name).toList();
    }

    /** The names a draft may not take: every routine's but its own saved one. */
    private List<String> otherNames(String id) {
        return routines.stream().filter(i -> !i.id().equals(id)).map(RoutineItem::name).toList();
    }

    private static int indexOf(List<Routine> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
