package dev.unknot.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * "I have a spasm now": when it began, where, how bad, and when the person marked it relieved.
 *
 * @param id         the log's row id (0 before it is saved)
 * @param onset      when the spasm began
 * @param region     upper or low back
 * @param severity   0–10 as the person rated it
 * @param relievedAt when the person marked it relieved; empty while it goes on
 */
public record SpasmEpisode(long id, Instant onset, Region region, int severity, Optional<Instant> relievedAt) {

    public SpasmEpisode {
        Objects.requireNonNull(onset);
        Objects.requireNonNull(region);
        Pain.requireScore(severity);
        Objects.requireNonNull(relievedAt);
        relievedAt.ifPresent(r -> {
            if (r.isBefore(onset)) {
                throw new ValidationException("An episode cannot be relieved before it began.");
            }
        });
    }

    public boolean isOngoing() {
        return relievedAt.isEmpty();
    }
}
