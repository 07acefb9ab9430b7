package dev.unknot.domain.advice;

import static dev.unknot.domain.advice.Episode.ONSET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.advice.EpisodeAdvice.Stage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpisodeAdviceTest {
    private final SpasmEpisode episode = Episode.lowBack(ONSET);

    private static Instant after(String duration) {
        return ONSET.plus(Duration.parse(duration));
    }

    @Test
    void atTheOnsetItSaysRestFirstWithTheGuidesWords() {
        EpisodeAdvice advice = EpisodeAdvice.of(episode, ONSET);

        assertEquals(Stage.REST_FIRST, advice.stage());
        assertEquals("Apply heat or ice and rest. The guide advises waiting about 24 hours after a spasm begins "
                + "before SMR.", advice.text());
        assertEquals(Optional.of("SMR advised in 24 h"), advice.timing());
        assertEquals(Optional.of(after("PT24H")), advice.smrAdvisedFrom());
    }

    @Test
    void oneSecondBefore24HoursItStillSaysRestFirst() {
        EpisodeAdvice advice = EpisodeAdvice.of(episode, after("PT23H59M59S"));

        assertEquals(Stage.REST_FIRST, advice.stage());
        assertEquals(Optional.of("SMR advised in 1 min"), advice.timing());
    }

    @Test
    void atExactly24HoursSmrIsAdvisedNow() {
        EpisodeAdvice advice = EpisodeAdvice.of(episode, after("PT24H"));

        assertEquals(Stage.SMR_ADVISED, advice.stage());
        assertEquals(Optional.of("SMR advised now"), advice.timing());
        assertEquals(EpisodeAdvice.SMR_TEXT, advice.text());
    }

    @Test
    void daysLaterSmrIsStillAdvisedWhileTheSpasmGoesOn() {
        assertEquals(Stage.SMR_ADVISED, EpisodeAdvice.of(episode, after("P6D")).stage());
    }

    @ParameterizedTest(name = "{0} after onset: SMR advised in {1}")
    @CsvSource({
            "PT11H, 13 h",          // exactly 13 h left
            "PT10H59M59S, 14 h",    // 13 h 0 min 1 s left, rounded up
            "PT11H0M1S, 13 h",      // 12 h 59 min 59 s left
            "PT22H59M59S, 2 h",     // 1 h 0 min 1 s left
            "PT23H, 1 h",           // exactly 1 h left
            "PT23H0M59S, 1 h",      // 59 min 1 s left: rounds up to the hour, never "60 min"
            "PT23H1M, 59 min",
            "PT23H20M, 40 min",
            "PT23H19M30S, 41 min",  // 40 min 30 s left, rounded up
            "PT23H59M, 1 min",
    })
    void theWaitIsRoundedUpInHoursOrUnderAnHourInMinutes(String elapsed, String wait) {
        assertEquals(Optional.of("SMR advised in " + wait), EpisodeAdvice.of(episode, after(elapsed)).timing());
    }

    @Test
    void aWaitOfLessThanASecondStillReadsOneMinute() {
        assertEquals(Optional.of("SMR advised in 1 min"),
                EpisodeAdvice.of(episode, after("PT23H59M59.999S")).timing());
    }

    @Test
    void startingDuringTheRestPeriodGetsAGentleWarningNamingTheWait() {
        Optional<String> warning = EpisodeAdvice.startWarning(episode, after("PT11H"));

        assertTrue(warning.isPresent());
        assertTrue(warning.get().contains("less than 24 hours ago"), warning.get());
        assertTrue(warning.get().contains("heat or ice and rest"), warning.get());
        assertTrue(warning.get().contains("(in 13 h)"), warning.get());
        assertTrue(warning.get().contains("go gently"), warning.get());
    }

    @Test
    void theWarningEndsAtExactly24Hours() {
        assertTrue(EpisodeAdvice.startWarning(episode, after("PT23H59M59S")).isPresent());
        assertTrue(EpisodeAdvice.startWarning(episode, after("PT24H")).isEmpty());
    }

    @Test
    void thereIsNoWarningWithoutAnOngoingEpisode() {
        Instant now = after("PT2H");

        assertTrue(EpisodeAdvice.startWarning(List.of(), now).isEmpty());
        assertTrue(EpisodeAdvice.startWarning(List.of(Episode.relieved(ONSET, after("PT1H"))), now).isEmpty());
        assertTrue(EpisodeAdvice.startWarning(List.of(episode), now).isPresent());
    }

    @Test
    void theWarningFollowsTheCurrentEpisodeTheNewestOngoingOne() {
        SpasmEpisode old = Episode.lowBack(ONSET.minus(Duration.ofDays(3)));
        SpasmEpisode fresh = Episode.ongoing(ONSET, Region.UPPER_BACK, 4);

        assertTrue(EpisodeAdvice.startWarning(List.of(old, fresh), after("PT1H")).isPresent());
        assertTrue(EpisodeAdvice.startWarning(List.of(old), after("PT1H")).isEmpty());
    }

    @Test
    void afterReliefItSaysHowLongTheSpasmLastedInDays() {
        EpisodeAdvice advice = EpisodeAdvice.of(Episode.relieved(ONSET, after("P2D")), after("P3D"));

        assertEquals(Stage.RELIEVED, advice.stage());
        assertEquals("Relieved after 2 days.", advice.text());
        assertTrue(advice.timing().isEmpty());
        assertTrue(advice.smrAdvisedFrom().isEmpty());
    }

    @Test
    void reliefWithinTheFirstDayIsInHoursAndNeedsNoRestAdvice() {
        EpisodeAdvice advice = EpisodeAdvice.of(Episode.relieved(ONSET, after("PT5H")), after("PT6H"));

        assertEquals("Relieved after 5 hours.", advice.text());
        assertTrue(EpisodeAdvice.startWarning(Episode.relieved(ONSET, after("PT5H")), after("PT6H")).isEmpty());
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({
            "PT0S, less than a minute",
            "PT29S, less than a minute",
            "PT30S, 1 minute",
            "PT40M, 40 minutes",
            "PT59M29S, 59 minutes",
            "PT59M30S, 1 hour",
            "PT1H29M59S, 1 hour",
            "PT1H30M, 2 hours",
            "PT5H, 5 hours",
            "PT23H29M59S, 23 hours",
            "PT23H30M, 1 day",
            "PT24H, 1 day",
            "PT35H59M59S, 1 day",
            "PT36H, 2 days",
            "P2D, 2 days",
            "P14D, 14 days",
    })
    void durationsReadInTheLargestFittingUnitRoundedToTheNearest(String took, String words) {
        assertEquals(words, EpisodeAdvice.inWords(Duration.parse(took)));
    }
}
