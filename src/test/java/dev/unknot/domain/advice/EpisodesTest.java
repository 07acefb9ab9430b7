package dev.unknot.domain.advice;

import static dev.unknot.domain.advice.Episode.ONSET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpisodesTest {

    @Test
    void theCurrentEpisodeIsTheOngoingOneThatBeganLast() {
        SpasmEpisode older = Episode.lowBack(ONSET);
        SpasmEpisode newer = Episode.ongoing(ONSET.plus(Duration.ofHours(5)), Region.UPPER_BACK, 3);
        SpasmEpisode relieved = Episode.relieved(ONSET.plus(Duration.ofHours(6)), ONSET.plus(Duration.ofHours(7)));

        assertEquals(Optional.of(newer),
                Episodes.current(List.of(older, relieved, newer), ONSET.plus(Duration.ofHours(8))));
    }

    @Test
    void anEpisodeThatHasNotBegunYetIsNotCurrent() {
        SpasmEpisode later = Episode.lowBack(ONSET.plusSeconds(1));

        assertEquals(Optional.empty(), Episodes.current(List.of(later), ONSET));
        assertEquals(Optional.of(later), Episodes.current(List.of(later), ONSET.plusSeconds(1)));
    }
}
