package dev.unknot.app;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.store.SessionArchive;
import dev.unknot.domain.SessionSummary;
import dev.unknot.storage.Storage;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The screens' view of the log, over whichever {@link Storage} the app has open.
 */
final class LogArchive implements SessionArchive {
    private final OpenLog log;

    LogArchive(OpenLog log) {
        this.log = log;
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

    private <T> CompletableFuture<T> with(Function<Storage, CompletableFuture<T>> request) {
        return log.call(request);
    }
}
