package dev.unknot.storage;

import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EpisodeStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");

    @TempDir
    Path dir;

    private Path file;
    private TestWallClock wall;
    private RecordingStatus status;
    private Storage storage;

    @BeforeEach
    void openStorage() throws Exception {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
        status = new RecordingStatus();
        storage = Storage.open(file, wall, status);
        await(storage.ready());
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    private static RefusedException refused(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
        return assertInstanceOf(RefusedException.class, e.getCause());
    }

    @Test
    void aRecordedEpisodeComesBackWithItsIdAndIsStoredInTheLogsTimeFormat() throws Exception {
        SpasmEpisode episode = await(storage.recordEpisode(T0.plusNanos(456_789), Region.LOW_BACK, 7));

        assertEquals(new SpasmEpisode(episode.id(), T0, Region.LOW_BACK, 7, Optional.empty()), episode,
                "the onset kept to the millisecond, as the log keeps times");
        assertNotEquals(0, episode.id());
        assertEquals(List.of(episode), await(storage.episodes()));
        try (RawDb db = new RawDb(file)) {
            assertEquals(List.of(Arrays.asList(Long.toString(episode.id()), "2026-11-25T22:07:54.321Z", "low_back", "7", null)),
                    db.rows("SELECT * FROM episode"));
        }
        storage.close();
        storage = Storage.open(file, wall, status);
        assertEquals(List.of(episode), await(storage.episodes()));
    }

    @Test
    void aRelievedEpisodeKeepsWhenItWasRelievedAndIsNoLongerCurrent() throws Exception {
        SpasmEpisode episode = await(storage.recordEpisode(T0, Region.UPPER_BACK, 4));
        assertEquals(Optional.of(episode), await(storage.currentEpisode()));

        Instant relieved = T0.plus(Duration.ofDays(2).plusMinutes(3));
        await(storage.markRelieved(episode.id(), relieved));

        SpasmEpisode after = await(storage.episodes()).get(0);
        assertEquals(Optional.of(relieved), after.relievedAt());
        assertEquals(episode.onset(), after.onset());
        assertEquals(Optional.empty(), await(storage.currentEpisode()));

        Instant later = relieved.plusSeconds(3600);
        await(storage.markRelieved(episode.id(), later));
        assertEquals(Optional.of(later), await(storage.episodes()).get(0).relievedAt(), "a later mark replaces it");
        assertEquals(List.of(), status.events);
    }

    @Test
    void episodesComeNewestFirstAndTheCurrentOneIsTheNewestNotRelieved() throws Exception {
        SpasmEpisode oldest = await(storage.recordEpisode(T0, Region.LOW_BACK, 8));
        SpasmEpisode newest = await(storage.recordEpisode(T0.plus(Duration.ofDays(10)), Region.LOW_BACK, 3));
        // reported afterwards, but it began between the two
        SpasmEpisode middle = await(storage.recordEpisode(T0.plus(Duration.ofDays(5)), Region.UPPER_BACK, 5));

        assertEquals(List.of(newest.id(), middle.id(), oldest.id()),
                await(storage.episodes()).stream().map(SpasmEpisode::id).toList());
        assertEquals(Optional.of(newest), await(storage.currentEpisode()));

        await(storage.markRelieved(newest.id(), newest.onset().plusSeconds(600)));
        assertEquals(Optional.of(middle), await(storage.currentEpisode()));
        await(storage.markRelieved(middle.id(), middle.onset()));
        assertEquals(Optional.of(oldest), await(storage.currentEpisode()), "an older one never marked is current");
        await(storage.markRelieved(oldest.id(), newest.onset()));
        assertEquals(Optional.empty(), await(storage.currentEpisode()));
    }

    @Test
    void markingRelievedBeforeTheOnsetOrAnEpisodeNotInTheLogIsRefused() throws Exception {
        SpasmEpisode episode = await(storage.recordEpisode(T0, Region.LOW_BACK, 6));

        RefusedException early = refused(storage.markRelieved(episode.id(), T0.minusMillis(1)));
        assertEquals("A spasm cannot be relieved before it began (it began at 2026-11-25T22:07:54.321Z UTC), "
                + "so it was not marked relieved.", early.getMessage());
        RefusedException missing = refused(storage.markRelieved(episode.id() + 1, T0.plusSeconds(60)));
        assertEquals("This spasm episode is no longer in the log, so it was not marked relieved.", missing.getMessage());

        assertEquals(Optional.of(episode), await(storage.currentEpisode()), "nothing changed");
        assertEquals(List.of(), status.events, "a refusal is not a failed save");
    }

    @Test
    void aSeverityOutsideZeroToTenIsRefusedAtOnceAndTheFileRefusesItToo() throws Exception {
        ValidationException e = assertThrows(ValidationException.class,
                () -> storage.recordEpisode(T0, Region.LOW_BACK, 11));
        assertEquals("Pain is rated from 0 to 10 (got 11).", e.getMessage());
        assertThrows(ValidationException.class, () -> storage.recordEpisode(T0, Region.LOW_BACK, -1));
        await(storage.recordEpisode(T0, Region.LOW_BACK, 0));
        await(storage.recordEpisode(T0, Region.LOW_BACK, 10));

        try (RawDb db = new RawDb(file)) {
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO episode (onset, region, severity) "
                    + "VALUES ('2026-01-01T00:00:00.000Z', 'low_back', 11)"));
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO episode (onset, region, severity) "
                    + "VALUES ('2026-01-01T00:00:00.000Z', 'neck', 5)"));
            assertEquals(2, db.number("SELECT count(*) FROM episode"));
        }
    }
}
