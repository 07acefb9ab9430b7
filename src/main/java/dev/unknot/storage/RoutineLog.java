package dev.unknot.storage;

import dev.unknot.domain.Routine;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.store.RoutineStore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The person's own routines in the log (never the built-in ones), and which routine the home screen had chosen.
 * Every call returns at once; the work is queued on the log's one thread ({@link LogQueue}).
 */
public final class RoutineLog implements RoutineStore {
    private final LogQueue queue;
    private final TargetCatalogue catalogue;
    /** Storage thread only; made at the first save. */
    private List<String> builtInNames;

    RoutineLog(LogQueue queue, TargetCatalogue catalogue) {
        this.queue = queue;
        this.catalogue = Objects.requireNonNull(catalogue);
    }

    /**
     * The person's own routines, in their saved order. A step whose target, tool or sides this version does not know
     * is left out (logged) rather than failing the routine; a routine left with no step is left out.
     */
    @Override
    public CompletableFuture<List<Routine>> load() {
        return queue.submit(() -> queue.read(c -> Transactions.inDeferred(c, conn -> RoutineTables.load(conn, catalogue))));
    }

    /**
     * Saves one of the person's routines, in one transaction: a new id goes last in the order; a saved id has its
     * name and all its steps replaced, keeping its place. Fails with a {@link RefusedException}, changing nothing,
     * for a built-in routine or when another routine (a built-in one too) has the name, whatever the capitals.
     */
    @Override
    public CompletableFuture<Void> save(Routine routine) {
        Objects.requireNonNull(routine);
        return queue.submit(() -> {
            if (routine.builtIn() || RoutineTables.isBuiltIn(routine.id())) {
                throw RoutineTables.builtInRefused("saved");
            }
            if (builtInNames == null) {
                builtInNames = RoutineTables.builtInNames(catalogue);
            }
            return queue.write(c -> {
                RoutineTables.save(c, routine, queue.wallClock().instant(), builtInNames);
                return null;
            }, false);
        });
    }

    /**
     * Deletes one of the person's routines and its steps, in one transaction; if it was the selected routine, the
     * selection is forgotten too. Sessions done with it keep its name. Fails with a {@link RefusedException} for a
     * built-in routine or one no longer saved.
     */
    @Override
    public CompletableFuture<Void> delete(String id) {
        Objects.requireNonNull(id);
        return queue.submit(() -> {
            if (RoutineTables.isBuiltIn(id)) {
                throw RoutineTables.builtInRefused("deleted");
            }
            return queue.write(c -> {
                RoutineTables.delete(c, id);
                SettingsTable.forgetSelectedRoutine(c, id);
                return null;
            }, false);
        });
    }

    /**
     * Puts the person's routines in this order: the ids given first, then any not given in the order they had.
     * Ids not saved (built-in ones, deleted ones) are ignored.
     */
    @Override
    public CompletableFuture<Void> reorder(List<String> idsInOrder) {
        List<String> ids = List.copyOf(idsInOrder);
        return queue.submit(() -> queue.write(c -> {
            RoutineTables.reorder(c, ids);
            return null;
        }, false));
    }

    /** Remembers the routine chosen on the home screen (built-in or the person's own) for the next start. */
    public CompletableFuture<Void> saveSelected(String id) {
        Objects.requireNonNull(id);
        return queue.submit(() -> queue.write(c -> {
            SettingsTable.saveSelectedRoutine(c, id);
            return null;
        }, false));
    }

    /**
     * The routine id chosen on the home screen, if one was remembered. It is not checked against the routines: a
     * caller falls back to the default routine when it names none it knows.
     */
    public CompletableFuture<Optional<String>> selected() {
        return queue.submit(() -> queue.read(SettingsTable::selectedRoutine));
    }
}
