package dev.unknot.domain.store;

import dev.unknot.domain.Routine;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where the person's own routines are kept (the log's database in the app). Built-in routines are never stored.
 * A change that cannot be made (a name another routine has, a routine no longer there) fails its future with a
 * plain message for the person.
 */
public interface RoutineStore {
    /** The person's own routines, in their saved order. */
    CompletableFuture<List<Routine>> load();

    /** Saves a new routine (last in the order) or replaces the one with its id (keeping its place). */
    CompletableFuture<Void> save(Routine routine);

    CompletableFuture<Void> delete(String id);

    /** Puts the person's routines in this order. */
    CompletableFuture<Void> reorder(List<String> ids);
}
