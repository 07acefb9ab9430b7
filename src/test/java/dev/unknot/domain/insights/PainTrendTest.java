package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.insights.PainTrend.Direction;
import dev.unknot.domain.insights.PainTrend.PainPoint;
import dev.unknot.domain.insights.PainTrend.Trend;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static dev.unknot.domain.TargetCatalogue.TLF;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PainTrendTest {
    private static final double EPS = 1e-9;
    private static final LocalDate START = LocalDate.of(2024, 3, 4);

    /** A 5-minute session {@code day} days after 4 March 2024, rated as given (null for not rated). */
    private static LoggedSession rated(int day, Integer before, Integer after) {
        return Log.at(START.plusDays(day) + "T18:00").work(TLF, CENTRAL, 300).pain(before, after).build();
    }

    private static PainTrend trend(LoggedSession... sessions) {
        return PainTrend.of(List.of(sessions), BERLIN);
    }

    @Test
    void painFallingOnePointAWeekHasASlopeOfMinusOneAndALineFromFirstToLastRating() {
        PainTrend result = trend(rated(0, 8, null), rated(7, 7, null), rated(14, 6, null), rated(21, 5, null));

        Trend before = result.before().orElseThrow();
        assertEquals(-1.0, before.slopePerWeek(), EPS);
        assertEquals(Direction.DOWN, before.direction());
        assertEquals(START, before.firstDate());
        assertEquals(8.0, before.fittedFirst(), EPS);
        assertEquals(START.plusDays(21), before.lastDate());
        assertEquals(5.0, before.fittedLast(), EPS);
        assertEquals(4, before.pointCount());
        assertTrue(result.after().isEmpty());
        assertEquals("Pain before sessions is going down: from 8 to 5 over 3 weeks.", result.verdict());
    }

    @Test
    void aNoisySeriesGetsTheLeastSquaresLine() {
        // x = 0,1,2,3 weeks, y = 6,4,5,3: mean 1.5 / 4.5, Sxy = -4, Sxx = 5, slope -0.8.
        PainTrend result = trend(rated(0, 6, null), rated(7, 4, null), rated(14, 5, null), rated(21, 3, null));

        Trend before = result.before().orElseThrow();
        assertEquals(-0.8, before.slopePerWeek(), EPS);
        assertEquals(5.7, before.fittedFirst(), EPS);
        assertEquals(3.3, before.fittedLast(), EPS);
        assertEquals("Pain before sessions is going down: from 5.7 to 3.3 over 3 weeks.", result.verdict());
    }

    @Test
    void theSlopeIsPerWeekOfCalendarTimeNotPerSession() {
        // 8 to 6 over 35 days: -2 points in 5 weeks.
        PainTrend result = trend(rated(0, 8, null), rated(35, 6, null));

        assertEquals(-0.4, result.before().orElseThrow().slopePerWeek(), EPS);
        assertEquals("Pain before sessions is going down: from 8 to 6 over 5 weeks.", result.verdict());
    }

    @Test
    void beforeAndAfterAreFittedSeparately() {
        PainTrend result = trend(rated(0, 6, 2), rated(14, 6, 3), rated(28, 6, 4));

        assertEquals(0.0, result.before().orElseThrow().slopePerWeek(), EPS);
        Trend after = result.after().orElseThrow();
        assertEquals(0.5, after.slopePerWeek(), EPS);
        assertEquals(Direction.UP, after.direction());
        assertEquals(2.0, after.fittedFirst(), EPS);
        assertEquals(4.0, after.fittedLast(), EPS);
        assertEquals("Pain before sessions is holding steady: from 6 to 6 over 4 weeks.", result.verdict());
    }

    @Test
    void theVerdictSpeaksOfAfterWhenOnlyAfterHasATrend() {
        PainTrend result = trend(rated(0, null, 2), rated(14, 7, 3), rated(28, null, 4));

        assertTrue(result.before().isEmpty());
        assertEquals("Pain after sessions is going up: from 2 to 4 over 4 weeks.", result.verdict());
    }

    @Test
    void aSlowRiseTheLineShowsIsSaidAsARiseWithTheLinesOwnFigures() {
        // 5 to 6 over 20 weeks: only 0.05 a week, but the line the chart draws rises a whole point.
        PainTrend result = trend(rated(0, 5, null), rated(140, 6, null));

        Trend before = result.before().orElseThrow();
        assertEquals(0.05, before.slopePerWeek(), EPS);
        assertEquals(Direction.UP, before.direction());
        assertEquals("Pain before sessions is going up: from 5 to 6 over 20 weeks.", result.verdict());
    }

    @Test
    void aLineRisingAPointInTwelveWeeksIsGoingUpThoughUnderATenthAWeek() {
        // The line rises 1.1 points in 12 weeks (0.09 a week): the old verdict said "holding steady".
        int[] weekly = {3, 4, 3, 3, 4, 3, 4, 4, 3, 4, 5, 4, 4};
        List<LoggedSession> sessions = new ArrayList<>();
        for (int week = 0; week < weekly.length; week++) {
            sessions.add(rated(week * 7, weekly[week], null));
        }
        PainTrend result = PainTrend.of(sessions, BERLIN);
        Trend before = result.before().orElseThrow();

        assertTrue(before.slopePerWeek() < 0.1, "under a tenth of a point a week: " + before.slopePerWeek());
        assertEquals(Direction.UP, before.direction());
        assertEquals("Pain before sessions is going up: from 3.2 to 4.2 over 12 weeks.", result.verdict());
    }

    @Test
    void lessThanHalfAPointAlongTheWholeLineIsHoldingSteady() {
        PainTrend result = trend(rated(0, 5, null), rated(7, 5, null), rated(14, 6, null), rated(21, 5, null));

        assertEquals(Direction.STEADY, result.before().orElseThrow().direction());
        assertEquals("Pain before sessions is holding steady: from 5.1 to 5.4 over 3 weeks.", result.verdict());
    }

    @Test
    void withFewerThanTwoRatingsThereIsNoTrendButThePointIsShown() {
        PainTrend result = trend(rated(0, 7, 5), rated(3, null, null));

        assertEquals(List.of(new PainPoint(result.points().get(0).sessionId(), START, OptionalInt.of(7),
                OptionalInt.of(5))), result.points());
        assertTrue(result.before().isEmpty());
        assertTrue(result.after().isEmpty());
        assertEquals("Rate your pain before and after a few sessions to see a trend.", result.verdict());
    }

    @Test
    void ratingsAllOnOneDayGiveNoTrend() {
        PainTrend result = trend(rated(0, 7, 5), rated(0, 5, 3));

        assertEquals(2, result.points().size());
        assertTrue(result.before().isEmpty());
        assertTrue(result.after().isEmpty());
        assertEquals(PainTrend.NOT_ENOUGH, result.verdict());
    }

    @Test
    void pointsAreOldestFirstSkipUnratedAndEmptySessionsAndUseTheLocalDate() {
        LoggedSession late = rated(10, 4, null);
        LoggedSession unrated = rated(5, null, null);
        LoggedSession empty = Log.at("2024-03-06T09:00").pain(9, 9).build();
        LoggedSession afterMidnight = Log.at("2024-03-08T00:30").work(TLF, CENTRAL, 60).pain(null, 3).build();
        LoggedSession early = rated(1, 6, 4);

        PainTrend result = trend(late, unrated, empty, afterMidnight, early);

        assertEquals(List.of(early.id(), afterMidnight.id(), late.id()),
                result.points().stream().map(PainPoint::sessionId).toList());
        assertEquals(List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 14)),
                result.points().stream().map(PainPoint::date).toList());
        assertEquals(OptionalInt.empty(), result.points().get(1).before());
        assertEquals(OptionalInt.of(3), result.points().get(1).after());
    }

    @Test
    void theAverageDropIsOverSessionsRatedBothWays() {
        // drops 3, 1 and -1; the two half-rated sessions don't count.
        PainTrend result = trend(rated(0, 7, 4), rated(1, 6, 5), rated(2, 5, null), rated(3, null, 3),
                rated(4, 3, 4));

        assertEquals(1.0, result.averageDrop().orElseThrow(), EPS);
        assertEquals(3, result.sessionsRatedBoth());
    }

    @Test
    void withNoSessionRatedBothWaysThereIsNoAverageDrop() {
        PainTrend result = trend(rated(0, 7, null), rated(1, null, 3));

        assertFalse(result.averageDrop().isPresent());
        assertEquals(0, result.sessionsRatedBoth());
    }

    @Test
    void twoPointsAWeekAndUpwardsAreSaidInWholeNumbersWhenRound() {
        List<LoggedSession> sessions = new ArrayList<>();
        sessions.add(rated(0, 2, null));
        sessions.add(rated(7, 4, null));
        PainTrend result = PainTrend.of(sessions, BERLIN);

        assertEquals("Pain before sessions is going up: from 2 to 4 over 7 days.", result.verdict());
    }
}
