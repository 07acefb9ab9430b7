package dev.unknot.domain.store;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionSummary;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * The session log as the history and insight screens see it. Every call returns at once; the future
 * completes on the storage side's own thread, so a screen hops back to its UI thread itself.
 */
public interface SessionArchive {

    /** Sessions matching the filter, newest first, with their totals. */
    CompletableFuture<List<SessionSummary>> history(HistoryFilter filter);

    /** One session with its steps. */
    CompletableFuture<Optional<LoggedSession>> find(long id);

    /** Every session with its steps, oldest first, for the insights. */
    CompletableFuture<List<LoggedSession>> loadAll();

    /** Deletes a session and hands back all of it, so it can be put back. */
    CompletableFuture<LoggedSession> delete(long id);

    /** Puts a deleted session back exactly as it was, same id. */
    CompletableFuture<Void> undelete(LoggedSession deleted);

    CompletableFuture<Void> saveReflection(long sessionId, OptionalInt painAfter, String note);
}
