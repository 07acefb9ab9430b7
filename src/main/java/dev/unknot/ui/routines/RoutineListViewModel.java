package dev.unknot.ui.routines;

import dev.unknot.domain.store.RoutineStore;
import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.ui.Failures;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The routine editor's list: Unknot's built-in routines first, then the person's own in their order; the one shown;
 * and the person's own moved among themselves or deleted through the store. What the list on screen has selected
 * is {@link #shownProperty()}: the routine shown, or, while "discard your changes?" is asked about choosing
 * another, the one chosen.
 */
public final class RoutineListViewModel {
    /** The routines in order, and the index of the one the list has selected (-1 for none: a new routine). */
    public record RoutineList(List<RoutineItem> items, int selected) {
        public RoutineList {
            items = List.copyOf(items);
        }
    }

    private final RoutineStore store;
    private final Supplier<Settings> settings;
    private final List<Routine> builtIns;
    private final Executor fx;
    private final Consumer<List<Routine>> onChanged;
    private final Consumer<String> say;

    private List<Routine> customs = List.of();
    private List<RoutineItem> items = List.of();
    private final ReadOnlyObjectWrapper<RoutineItem> selected = new ReadOnlyObjectWrapper<>();
    /** Chosen in the list while the question about unsaved changes is asked; null otherwise. */
    private RoutineItem picked;
    private final ReadOnlyObjectWrapper<RoutineList> shown = new ReadOnlyObjectWrapper<>(new RoutineList(List.of(), -1));

    /**
     * @param store     where the person's routines are kept
     * @param settings  the person's current settings: the built-ins' minutes
     * @param builtIns  Unknot's own routines, shown first and read-only
     * @param fx        runs a store's answer on the UI thread
     * @param onChanged told the person's own routines, in order, after each change to them
     * @param say       shows the outcome of a reorder or delete to the person
     */
    public RoutineListViewModel(RoutineStore store, Supplier<Settings> settings, List<Routine> builtIns, Executor fx,
                                Consumer<List<Routine>> onChanged, Consumer<String> say) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.builtIns = List.copyOf(builtIns);
        this.fx = Objects.requireNonNull(fx);
        this.onChanged = Objects.requireNonNull(onChanged);
        this.say = Objects.requireNonNull(say);
        showItems();
    }

    // ---- the list ------------------------------------------------------------------------------------

    /** Built-in routines first, then the person's own in their order. */
    public List<RoutineItem> items() {
        return items;
    }

    /** The routines and the list's selection, always changed together so the two agree. */
    public ReadOnlyObjectProperty<RoutineList> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The routine shown; null while a new routine is not saved yet. */
    public ReadOnlyObjectProperty<RoutineItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The person's own routines as read from the store. */
    void loaded(List<Routine> routines) {
        customs = List.copyOf(routines);
        showItems();
    }

    /** Shows {@code item} (one of {@link #items()}) as the routine being edited; null for a new routine. */
    void select(RoutineItem item) {
        picked = null;
        selected.set(item);
        publish();
    }

    /** Chosen in the list, not shown yet: the list keeps it selected while the person is asked about changes. */
    void pick(RoutineItem item) {
        picked = item;
        publish();
    }

    /** The choice was not taken: the list goes back to the routine shown. */
    void forgetPick() {
        picked = null;
        publish();
    }

    Optional<RoutineItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Whether a routine of the person's own with this id is saved. */
    boolean isSaved(String id) {
        return indexOf(customs, id) >= 0;
    }

    /** The saved name of the person's routine with this id. */
    String savedName(String id) {
        return customs.get(indexOf(customs, id)).name();
    }

    /** Every routine's name, built-ins too. */
    List<String> names() {
        return items.stream().map(RoutineItem::name).toList();
    }

    /** The names a draft may not take: every routine's but its own saved one. */
    List<String> otherNames(String id) {
        return items.stream().filter(i -> !i.id().equals(id)).map(RoutineItem::name).toList();
    }

    // ---- changes to the person's own -------------------------------------------------------------------

    /**
     * A routine of one's own was saved: it replaces its old self in place, or joins the end; it is selected.
     * {@link #tellChanged()} tells the app once the screen shows it.
     */
    void saved(Routine routine) {
        List<Routine> updated = new ArrayList<>(customs);
        int at = indexOf(updated, routine.id());
        if (at >= 0) {
            updated.set(at, routine);
        } else {
            updated.add(routine);
        }
        customs = List.copyOf(updated);
        showItems();
        select(item(routine.id()).orElseThrow());
    }

    /** Tells the app the person's own routines as they are now. */
    void tellChanged() {
        onChanged.accept(customs);
    }

    /**
     * Deletes a routine of one's own through the store; then {@code next} is told the routine that took its place
     * in the list (else the one before it).
     */
    void delete(RoutineItem item, Consumer<RoutineItem> next) {
        store.delete(item.id()).whenCompleteAsync((v, error) -> {
            if (error != null) {
                say.accept("\"" + item.name() + "\" was not deleted: " + Failures.message(error));
                return;
            }
            int at = item(item.id()).map(items::indexOf).orElse(0);
            customs = customs.stream().filter(r -> !r.id().equals(item.id())).toList();
            showItems();
            next.accept(items.get(Math.max(0, Math.min(at, items.size() - 1))));
            say.accept("Deleted \"" + item.name() + "\".");
            onChanged.accept(customs);
        }, fx);
    }

    /** Moves the selected routine of one's own {@code by} places among them (-1 up, 1 down), if it can go. */
    void moveSelected(int by) {
        RoutineItem item = selected.get();
        int from = item == null ? -1 : indexOf(customs, item.id());
        if (from < 0) {
            say.accept(item != null && item.builtIn()
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
                say.accept("The routines were not reordered: " + Failures.message(error));
                return;
            }
            customs = List.copyOf(reordered);
            String keep = selected.get() == null ? null : selected.get().id();
            showItems();
            item(keep).ifPresent(this::select);
            onChanged.accept(customs);
        }, fx);
    }

    // ---- internals -----------------------------------------------------------------------------------

    private void showItems() {
        List<RoutineItem> all = new ArrayList<>();
        builtIns.forEach(r -> all.add(new RoutineItem(BuiltInRoutines.withDurations(r, settings.get()))));
        customs.forEach(r -> all.add(new RoutineItem(r)));
        items = List.copyOf(all);
        publish();
    }

    /** The list as it should look: the routines, and the chosen one (else the one shown) selected. */
    private void publish() {
        RoutineItem showing = picked != null ? picked : selected.get();
        int index = showing == null ? -1 : item(showing.id()).map(items::indexOf).orElse(-1);
        shown.set(new RoutineList(items, index));
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
