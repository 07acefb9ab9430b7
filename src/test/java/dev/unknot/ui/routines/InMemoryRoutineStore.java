package dev.unknot.ui.routines;

import dev.unknot.domain.store.RoutineStore;
import dev.unknot.domain.Routine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Routines kept in a list, every call recorded; the next call can be made to fail with a plain message. */
final class InMemoryRoutineStore implements RoutineStore {
    final List<Routine> routines = new ArrayList<>();
    final List<Routine> saved = new ArrayList<>();
    final List<String> deleted = new ArrayList<>();
    final List<List<String>> reordered = new ArrayList<>();
    private String refusal;

    InMemoryRoutineStore(Routine... initial) {
        routines.addAll(List.of(initial));
    }

    /** The next call fails with this message, as a storage refusal does. */
    void refuseNext(String message) {
        refusal = message;
    }

    @Override
    public CompletableFuture<List<Routine>> load() {
        return answer(() -> List.copyOf(routines));
    }

    @Override
    public CompletableFuture<Void> save(Routine routine) {
        return answer(() -> {
            saved.add(routine);
            int at = indexOf(routine.id());
            if (at >= 0) {
                routines.set(at, routine);
            } else {
                routines.add(routine);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> delete(String id) {
        return answer(() -> {
            deleted.add(id);
            routines.removeIf(r -> r.id().equals(id));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> reorder(List<String> ids) {
        return answer(() -> {
            reordered.add(List.copyOf(ids));
            routines.sort(java.util.Comparator.comparingInt(r -> ids.indexOf(r.id())));
            return null;
        });
    }

    private <T> CompletableFuture<T> answer(java.util.function.Supplier<T> work) {
        if (refusal != null) {
            String message = refusal;
            refusal = null;
            return CompletableFuture.failedFuture(new IllegalStateException(message));
        }
        return CompletableFuture.completedFuture(work.get());
    }

    private int indexOf(String id) {
        for (int i = 0; i < routines.size(); i++) {
            if (routines.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
