package dev.unknot.domain.advice;

import dev.unknot.domain.SpasmEpisode;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which of the logged episodes count at a given instant. */
public final class Episodes {
    private Episodes() {
    }

    /**
     * The ongoing (not relieved) episodes that had begun by {@code now}, newest onset first. An episode whose onset
     * lies after {@code now} has not begun yet and is left out.
     */
    public static List<SpasmEpisode> ongoing(List<SpasmEpisode> episodes, Instant now) {
        return episodes.stream()
                .filter(SpasmEpisode::isOngoing)
                .filter(e -> !e.onset().isAfter(now))
                .sorted(Comparator.comparing(SpasmEpisode::onset).reversed()
                        .thenComparing(Comparator.comparingLong(SpasmEpisode::id).reversed()))
                .toList();
    }

    /** The current episode: the ongoing one that began last (ties: the higher id); empty when none goes on. */
    public static Optional<SpasmEpisode> current(List<SpasmEpisode> episodes, Instant now) {
        return ongoing(episodes, now).stream().findFirst();
    }
}
