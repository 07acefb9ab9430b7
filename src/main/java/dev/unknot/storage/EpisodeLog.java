package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.store.EpisodeStore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The spasm record in the log: "I have a spasm now", when it eased, and the recent sessions the doctor notice looks
 * at beside it. Every call returns at once; the work is queued on the log's one thread ({@link LogQueue}).
 */
public final class EpisodeLog implements EpisodeStore {
    /** Enough of the newest sessions to cover the last week. */
    static final int RECENT_SESSIONS = 50;

    private final LogQueue queue;

    EpisodeLog(LogQueue queue) {
        this.queue = queue;
    }

    /**
     * Logs "I have a spasm now" and completes with the episode as kept: its new id, the onset to the millisecond.
     *
     * @throws dev.unknot.domain.ValidationException at once if the severity is outside 0–10
     */
    @Override
    public CompletableFuture<SpasmEpisode> record(Instant onset, Region region, int severity) {
        SpasmEpisode episode = new SpasmEpisode(0, onset.truncatedTo(ChronoUnit.MILLIS), region, severity,
                Optional.empty());
        return queue.submit(() -> queue.write(c -> {
            long id = EpisodeTable.insert(c, episode);
            return new SpasmEpisode(id, episode.onset(), episode.region(), episode.severity(), episode.relievedAt());
        }, false));
    }

    /**
     * Marks an episode relieved at {@code at}, replacing an earlier time. Fails with a {@link RefusedException},
     * changing nothing, if the episode is not in the log or began after {@code at}.
     */
    @Override
    public CompletableFuture<Void> markRelieved(long id, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        return queue.submit(() -> queue.write(c -> {
            EpisodeTable.markRelieved(c, id, when);
            return null;
        }, false));
    }

    /** Undoes {@link #markRelieved}: the episode goes on again. */
    @Override
    public CompletableFuture<Void> markOngoing(long id) {
        return queue.submit(() -> queue.write(c -> {
            EpisodeTable.markOngoing(c, id);
            return null;
        }, false));
    }

    /** Every spasm episode, newest onset first. */
    @Override
    public CompletableFuture<List<SpasmEpisode>> all() {
        return queue.submit(() -> queue.read(EpisodeTable::all));
    }

    /** The newest {@value #RECENT_SESSIONS} sessions, newest first. */
    @Override
    public CompletableFuture<List<LoggedSession>> recentSessions() {
        return queue.submit(() -> queue.read(c -> Transactions.inDeferred(c,
                conn -> SessionTable.recent(conn, RECENT_SESSIONS))));
    }
}
