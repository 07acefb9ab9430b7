package dev.unknot.app;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionArchive;
import dev.unknot.domain.SessionSummary;
import dev.unknot.storage.Storage;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The screens' view of the log, over whichever {@link Storage} the app has open. The storage opens after the
 * first frame, so a screen opened in that instant gets a plain "not open yet" rather than a crash.
 */
final class LogArchive implements SessionArchive {
    private final Supplier<Storage> storage;

    LogArchive(Supplier<Storage> storage) {
        this.storage = storage;
    }

    @Override
    public CompletableFuture<List<SessionSummary>> history(HistoryFilter filter) {
        return with(s -> s.history(filter));
    }

    @Override
    public CompletableFuture<Optional<LoggedSession>> find(long id) {
        return with(s -> s.find(id));
    }

    @Override
    public CompletableFuture<List<LoggedSession>> loadAll() {
        return with(Storage::loadAll);
    }

    @Override
    public CompletableFuture<LoggedSession> delete(long id) {
        return with(s -> s.delete(id));
    }

    @Override
    public CompletableFuture<Void> undelete(LoggedSession deleted) {
        return with(s -> s.undelete(deleted));
    }

    @Override
    public CompletableFuture<Void> saveReflection(long sessionId, OptionalInt painAfter, String note) {
        return with(s -> s.saveReflection(sessionId, painAfter, note));
    }

    private <T> CompletableFuture<T> with(Function<Storage, CompletableFuture<T>> call) {
        Storage open = storage.get();
        if (open == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("The log is still being opened; try again in a moment."));
        }
        try {
            return call.apply(open);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}
