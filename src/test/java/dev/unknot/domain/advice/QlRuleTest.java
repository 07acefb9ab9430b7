package dev.unknot.domain.advice;

import static dev.unknot.domain.advice.Episode.ONSET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Region;
import dev.unknot.domain.Settings;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.TargetCatalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QlRuleTest {
    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final Settings settings = Settings.defaults(catalogue);

    private Settings qlAfter(int days) {
        Settings d = Settings.defaults(catalogue);
        return new Settings(d.minutesByTarget(), d.repositionSeconds(), d.soundsOn(), d.volumePercent(), days);
    }

    private static Instant daysAfterOnset(int days) {
        return ONSET.plus(Duration.ofDays(days));
    }

    @Test
    void theDefaultIsThreeDays() {
        assertEquals(3, settings.qlAfterDays());
    }

    @Test
    void theQlIsOfferedAtExactlyNDaysAfterTheOnset() {
        assertTrue(QlRule.offered(List.of(Episode.lowBack(ONSET)), settings, daysAfterOnset(3)));
    }

    @Test
    void theQlIsNotOfferedOneSecondBeforeNDays() {
        assertFalse(QlRule.offered(List.of(Episode.lowBack(ONSET)), settings,
                daysAfterOnset(3).minusSeconds(1)));
    }

    @Test
    void theQlStaysOfferedWhileTheSpasmGoesOn() {
        assertTrue(QlRule.offered(List.of(Episode.lowBack(ONSET)), settings, daysAfterOnset(10)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 14})
    void theBoundaryFollowsTheSetting(int days) {
        List<SpasmEpisode> episodes = List.of(Episode.lowBack(ONSET));

        assertTrue(QlRule.offered(episodes, qlAfter(days), daysAfterOnset(days)));
        assertFalse(QlRule.offered(episodes, qlAfter(days), daysAfterOnset(days).minusSeconds(1)));
        assertEquals(daysAfterOnset(days), QlRule.offeredFrom(episodes.get(0), qlAfter(days)));
    }

    @Test
    void theQlIsNeverOfferedOnceTheSpasmIsRelieved() {
        SpasmEpisode relieved = Episode.relieved(ONSET, daysAfterOnset(4));

        assertFalse(QlRule.offered(List.of(relieved), settings, daysAfterOnset(4)));
        assertFalse(QlRule.offered(List.of(relieved), settings, daysAfterOnset(30)));
    }

    @Test
    void theQlIsNeverOfferedWithoutAnEpisode() {
        assertFalse(QlRule.offered(List.of(), settings, daysAfterOnset(30)));
    }

    @Test
    void anUpperBackSpasmDoesNotBringTheQlIn() {
        SpasmEpisode upper = Episode.ongoing(ONSET, Region.UPPER_BACK, 6);

        assertFalse(QlRule.offered(List.of(upper), settings, daysAfterOnset(5)));
    }

    @Test
    void anOngoingLowBackSpasmOldEnoughOffersItEvenBesideANewerOne() {
        SpasmEpisode old = Episode.lowBack(ONSET);
        SpasmEpisode fresh = Episode.lowBack(daysAfterOnset(3));

        assertTrue(QlRule.offered(List.of(fresh, old), settings, daysAfterOnset(3)));
    }

    @Test
    void lowBackComesWithTheQlOnlyWhenItIsOffered() {
        BuiltInRoutines builtIns = new BuiltInRoutines(catalogue, settings);
        List<SpasmEpisode> episodes = List.of(Episode.lowBack(ONSET));

        assertSame(builtIns.lowBackWithQl(), QlRule.lowBack(builtIns, episodes, settings, daysAfterOnset(3)));
        assertSame(builtIns.lowBack(),
                QlRule.lowBack(builtIns, episodes, settings, daysAfterOnset(3).minusSeconds(1)));
    }
}
