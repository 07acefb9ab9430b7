package dev.unknot.domain.advice;

import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;

import java.time.Instant;
import java.util.Optional;

/** Episodes for the advice tests. */
final class Episode {
    static final Instant ONSET = Instant.parse("2026-03-10T08:00:00Z");

    private Episode() {
    }

    static SpasmEpisode ongoing(Instant onset, Region region, int severity) {
        return new SpasmEpisode(1, onset, region, severity, Optional.empty());
    }

    static SpasmEpisode lowBack(Instant onset) {
        return ongoing(onset, Region.LOW_BACK, 5);
    }

    static SpasmEpisode relieved(Instant onset, Instant relievedAt) {
        return new SpasmEpisode(1, onset, Region.LOW_BACK, 5, Optional.of(relievedAt));
    }
}
