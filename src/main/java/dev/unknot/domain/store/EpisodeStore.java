package dev.unknot.domain.store;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where spasm episodes are kept, and the recent sessions the doctor notice looks at. */
public interface EpisodeStore {
    /** Every episode, newest onset first. */
    CompletableFuture<List<SpasmEpisode>> all();

    CompletableFuture<SpasmEpisode> record(Instant onset, Region region, int severity);

    CompletableFuture<Void> markRelieved(long id, Instant at);

    /** Undoes {@link #markRelieved}: the episode goes on again. */
    CompletableFuture<Void> markOngoing(long id);

    /** The newest sessions, enough to cover the last week. */
    CompletableFuture<List<LoggedSession>> recentSessions();
}
