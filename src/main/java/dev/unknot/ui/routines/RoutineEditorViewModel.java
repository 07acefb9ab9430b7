package dev.unknot.ui.routines;

import dev.unknot.domain.store.RoutineStore;
import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.editing.DraftCheck;
import dev.unknot.domain.editing.RoutineDraft;
import dev.unknot.ui.Failures;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

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
 * <p>Its parts: {@link #list()} (the routines, their order, deleting), {@link #draft()} (the routine being edited
 * and its checks) and {@link #question()} (the question asked before something is lost). This class ties them
 * together, and decides what each key does ({@link #keyPressed}) and where the focus goes
 * ({@link #focusRequestProperty()}), so the screen only passes keys on and follows.
 *
 * <p>Anything that would throw away unsaved changes (choosing another routine, New, Duplicate, leaving) asks
 * first, as Delete does.
 */
public final class RoutineEditorViewModel {
    public static final String READ_ONLY_HINT = DraftViewModel.READ_ONLY_HINT;

    private final RoutineStore store;
    private final TargetCatalogue catalogue;
    private final Supplier<Settings> settings;
    private final Executor fx;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<FocusRequest> focusRequest = new ReadOnlyObjectWrapper<>();
    private final RoutineListViewModel list;
    private final DraftViewModel draft;
    private final ConfirmationViewModel question;

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
        this.fx = Objects.requireNonNull(fx);
        list = new RoutineListViewModel(store, settings, builtIns, fx, onChanged, message::set);
        draft = new DraftViewModel(list, settings, message::set, focusRequest::set);
        question = new ConfirmationViewModel(focusRequest::set);
        if (list.items().isEmpty()) {
            draft.startNew(RoutineDraft.blank(UUID.randomUUID()));
        } else {
            draft.show(list.items().get(0));
        }
    }

    // ---- the parts -----------------------------------------------------------------------------------

    public RoutineListViewModel list() {
        return list;
    }

    public DraftViewModel draft() {
        return draft;
    }

    public ConfirmationViewModel question() {
        return question;
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** Reads the person's routines (call when the screen is shown). Unsaved changes are kept. */
    public void load() {
        store.load().whenCompleteAsync((loaded, error) -> {
            if (error != null) {
                message.set("Your routines could not be read: " + Failures.message(error));
                return;
            }
            list.loaded(loaded);
            Optional<RoutineItem> same = list.item(draft.draftProperty().get().id());
            if (same.isPresent() && !draft.dirtyProperty().get()) {
                draft.show(same.get());
            } else if (same.isPresent()) {
                draft.reread(same.get());
            } else if (!draft.newRoutineProperty().get()) {
                draft.show(list.items().get(0));
            }
        }, fx);
    }

    /** The screen is on show: typing goes to the list. */
    public void shown() {
        focusRequest.set(FocusRequest.to(FocusRequest.Spot.LIST));
    }

    /**
     * Shows a routine chosen in the list: a built-in read-only, one's own to edit. Asks first if changes would be
     * lost; meanwhile the list keeps the choice selected, and goes back if the changes are kept.
     */
    public void select(RoutineItem item) {
        if (item == null || item.id().equals(draft.draftProperty().get().id())) {
            return;
        }
        list.pick(item);
        unlessChangesAreLost(() -> {
            draft.show(item);
            message.set("");
        }, list::forgetPick);
    }

    /** Starts a new, empty routine; the focus goes to its name. */
    public void newRoutine() {
        unlessChangesAreLost(() -> startNew(RoutineDraft.blank(UUID.randomUUID()),
                "A new routine: give it a name, add steps, then save."));
    }

    /** Starts a new routine as a copy of the selected one, built-in or not, named "… (copy)"; focus to its name. */
    public void duplicate() {
        RoutineItem source = list.selectedProperty().get();
        if (source == null) {
            message.set("Choose a routine in the list to duplicate.");
            return;
        }
        unlessChangesAreLost(() -> {
            Routine routine = BuiltInRoutines.withDurations(source.routine(), settings.get());
            startNew(RoutineDraft.copyOf(routine, UUID.randomUUID(), list.names()),
                    "A copy of \"" + source.name() + "\": change it as you like, then save.");
        });
    }

    /** Asks before deleting the selected routine (only one's own). */
    public void requestDelete() {
        RoutineItem item = list.selectedProperty().get();
        if (item == null || !draft.canDeleteProperty().get()) {
            message.set(item != null && item.builtIn() ? READ_ONLY_HINT
                    : "Only a saved routine of your own can be deleted.");
            return;
        }
        question.ask(new Confirmation("Delete \"" + item.name() + "\"?",
                "Sessions you did with it keep its name in your history. This cannot be undone.",
                "Delete  (Enter)", "Keep it  (Esc)"), () -> list.delete(item, next -> {
                    if (item.id().equals(draft.draftProperty().get().id())) {
                        draft.show(next);
                    }
                }));
    }

    /** Does what {@link #confirmationProperty()} asked about. */
    public void confirm() {
        question.confirm();
    }

    /** Leaves things as they were. */
    public void cancelConfirmation() {
        question.cancel();
    }

    /** Saves the draft when it has no error; otherwise shows every error and saves nothing. */
    public void save() {
        if (draft.refusedWhenReadOnly() || saving.get()) {
            return;
        }
        RoutineDraft asSaved = draft.draftProperty().get();
        DraftCheck check = draft.checkToSave();
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
            list.saved(routine);
            draft.saved(routine, asSaved);
            message.set("Saved \"" + routine.name() + "\".");
            list.tellChanged();
        }, fx);
    }

    /** Moves the selected routine of one's own up one place among them. */
    public void moveRoutineUp() {
        list.moveSelected(-1);
    }

    /** Moves the selected routine of one's own down one place among them. */
    public void moveRoutineDown() {
        list.moveSelected(1);
    }

    /** Leaving the screen: at once when all is saved, else after "Discard your changes?" is answered yes. */
    public void leaveThen(Runnable leave) {
        unlessChangesAreLost(leave);
    }

    /**
     * What a key does on this screen; true when it did something (or is swallowed) and nothing else should act on
     * it. While a question is asked it has the keys. Otherwise only keys that are the screen's count: Ctrl+S saves
     * anywhere; on the list Alt+Up / Alt+Down move the routine and Delete asks to delete it; in a step row
     * Alt+Up / Alt+Down move the step (and so never open a tool or sides list).
     */
    public boolean keyPressed(KeyPress press) {
        if (question.keyPressed(press.key())) {
            return true;
        }
        if (question.showingProperty().get() || !press.toScreen()) {
            return false;
        }
        boolean inStep = press.step() >= 0;
        return switch (press.key()) {
            case SAVE -> run(this::save);
            case DELETE -> press.onList() && run(this::requestDelete);
            case MOVE_UP -> press.onList() ? run(this::moveRoutineUp)
                    : inStep && run(() -> draft.moveStepUp(press.step()));
            case MOVE_DOWN -> press.onList() ? run(this::moveRoutineDown)
                    : inStep && run(() -> draft.moveStepDown(press.step()));
            default -> false;
        };
    }

    // ---- state ---------------------------------------------------------------------------------------

    /** Built-in routines first, then the person's own in their order. */
    public List<RoutineItem> routines() {
        return list.items();
    }

    /** The targets a step can be added for. */
    public List<Target> targets() {
        return catalogue.all();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The question being asked; null when none. */
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return question.confirmationProperty();
    }

    /** Where the keyboard should go now; a new value for each request. */
    public ReadOnlyObjectProperty<FocusRequest> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    // ---- internals -----------------------------------------------------------------------------------

    private void startNew(RoutineDraft started, String says) {
        draft.startNew(started);
        message.set(says);
        focusRequest.set(FocusRequest.to(FocusRequest.Spot.NAME));
    }

    private void unlessChangesAreLost(Runnable action) {
        unlessChangesAreLost(action, () -> { });
    }

    /** Runs {@code action} at once when nothing unsaved would be lost; else asks, and runs {@code keep} on no. */
    private void unlessChangesAreLost(Runnable action, Runnable keep) {
        if (!draft.dirtyProperty().get()) {
            action.run();
            return;
        }
        String name = draft.draftProperty().get().name();
        String what = name.isBlank() ? "this new routine" : "\"" + name.strip() + "\"";
        question.ask(new Confirmation("Discard your changes?", "Your changes to " + what + " are not saved.",
                "Discard  (Enter)", "Keep editing  (Esc)"), action, keep);
    }

    private static boolean run(Runnable action) {
        action.run();
        return true;
    }
}
