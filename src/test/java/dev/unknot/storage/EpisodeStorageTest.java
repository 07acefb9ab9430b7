package dev.unknot.storage;

import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.advice.Episodes;
import dev.unknot.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.unknot.storage.OpenStorage.await;
import static dev.unknot.storage.OpenStorage.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EpisodeStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    @Test
    void aRecordedEpisodeComesBackWithItsIdAndIsStoredInTheLogsTimeFormat() throws Exception {
        SpasmEpisode episode = await(open.storage().episodes().record(T0.plusNanos(456_789), Region.LOW_BACK, 7));

        assertEquals(new SpasmEpisode(episode.id(), T0, Region.LOW_BACK, 7, Optional.empty()), episode,
                "the onset kept to the millisecond, as the log keeps times");
        assertNotEquals(0, episode.id());
        assertEquals(List.of(episode), await(open.storage().episodes().all()));
        try (RawDb db = new RawDb(open.file())) {
            assertEquals(List.of(Arrays.asList(Long.toString(episode.id()), "2026-11-25T22:07:54.321Z", "low_back", "7", null)),
                    db.rows("SELECT * FROM episode"));
        }
        open.reopen();
        assertEquals(List.of(episode), await(open.storage().episodes().all()));
    }

    @Test
    void aRelievedEpisodeKeepsWhenItWasRelievedAndIsNoLongerCurrent() throws Exception {
        SpasmEpisode episode = await(open.storage().episodes().record(T0, Region.UPPER_BACK, 4));
        assertEquals(Optional.of(episode), current());

        Instant relieved = T0.plus(Duration.ofDays(2).plusMinutes(3));
        await(open.storage().episodes().markRelieved(episode.id(), relieved));

        SpasmEpisode after = await(open.storage().episodes().all()).get(0);
        assertEquals(Optional.of(relieved), after.relievedAt());
        assertEquals(episode.onset(), after.onset());
        assertEquals(Optional.empty(), current());

        Instant later = relieved.plusSeconds(3600);
        await(open.storage().episodes().markRelieved(episode.id(), later));
        assertEquals(Optional.of(later), await(open.storage().episodes().all()).get(0).relievedAt(),
                "a later mark replaces it");

        await(open.storage().episodes().markOngoing(episode.id()));
        assertEquals(Optional.of(episode), current(), "undone: ongoing, as it was");
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void episodesComeNewestFirstAndTheCurrentOneIsTheNewestNotRelieved() throws Exception {
        SpasmEpisode oldest = await(open.storage().episodes().record(T0, Region.LOW_BACK, 8));
        SpasmEpisode newest = await(open.storage().episodes().record(T0.plus(Duration.ofDays(10)), Region.LOW_BACK, 3));
        // reported afterwards, but it began between the two
        SpasmEpisode middle = await(open.storage().episodes().record(T0.plus(Duration.ofDays(5)), Region.UPPER_BACK, 5));

        assertEquals(List.of(newest.id(), middle.id(), oldest.id()),
                await(open.storage().episodes().all()).stream().map(SpasmEpisode::id).toList());
        assertEquals(Optional.of(newest), current());

        await(open.storage().episodes().markRelieved(newest.id(), newest.onset().plusSeconds(600)));
        assertEquals(Optional.of(middle), current());
        await(open.storage().episodes().markRelieved(middle.id(), middle.onset()));
        assertEquals(Optional.of(oldest), current(),
                "an older one never marked is current");
        await(open.storage().episodes().markRelieved(oldest.id(), newest.onset()));
        assertEquals(Optional.empty(), current());
    }

    @Test
    void markingRelievedBeforeTheOnsetOrAnEpisodeNotInTheLogIsRefused() throws Exception {
        SpasmEpisode episode = await(open.storage().episodes().record(T0, Region.LOW_BACK, 6));

        RefusedException early = refused(open.storage().episodes().markRelieved(episode.id(), T0.minusMillis(1)));
        assertEquals("A spasm cannot be relieved before it began (it began at 2026-11-25T22:07:54.321Z UTC), "
                + "so it was not marked relieved.", early.getMessage());
        RefusedException missing = refused(open.storage().episodes().markRelieved(episode.id() + 1, T0.plusSeconds(60)));
        assertEquals("This spasm episode is no longer in the log, so it was not marked relieved.", missing.getMessage());

        assertEquals(Optional.of(episode), current(), "nothing changed");
        assertEquals(List.of(), open.status().events, "a refusal is not a failed save");
    }

    @Test
    void aSeverityOutsideZeroToTenIsRefusedAtOnceAndTheFileRefusesItToo() throws Exception {
        ValidationException e = assertThrows(ValidationException.class,
                () -> open.storage().episodes().record(T0, Region.LOW_BACK, 11));
        assertEquals("Pain is rated from 0 to 10 (got 11).", e.getMessage());
        assertThrows(ValidationException.class, () -> open.storage().episodes().record(T0, Region.LOW_BACK, -1));
        await(open.storage().episodes().record(T0, Region.LOW_BACK, 0));
        await(open.storage().episodes().record(T0, Region.LOW_BACK, 10));

        try (RawDb db = new RawDb(open.file())) {
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO episode (onset, region, severity) "
                    + "VALUES ('2026-01-01T00:00:00.000Z', 'low_back', 11)"));
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO episode (onset, region, severity) "
                    + "VALUES ('2026-01-01T00:00:00.000Z', 'neck', 5)"));
            assertEquals(2, db.number("SELECT count(*) FROM episode"));
        }
    }

    /** The current episode as the app finds it: from all the log holds, a year after the first onset. */
    private Optional<SpasmEpisode> current() throws Exception {
        return Episodes.current(await(open.storage().episodes().all()), T0.plus(java.time.Duration.ofDays(365)));
    }
}
