package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.unknot.domain.TargetCatalogue.TLF;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.CATALOGUE;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A first start, or a log of sessions that never got going: every insight is empty, none throws. */
class EmptyLogTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 13);

    private static void assertEmpty(Insights insights) {
        assertEquals(new Overview(0, 0.0, 0, 0), insights.overview());

        assertEquals(12, insights.weekly().weeks().size());
        assertEquals(7, insights.weekly().targetIds().size());
        insights.weekly().weeks().forEach(w -> {
            assertEquals(0.0, w.totalMinutes());
            assertTrue(w.minutesByTarget().values().stream().allMatch(m -> m == 0.0));
        });

        PainTrend pain = insights.pain();
        assertTrue(pain.points().isEmpty());
        assertTrue(pain.before().isEmpty());
        assertTrue(pain.after().isEmpty());
        assertFalse(pain.averageDrop().isPresent());
        assertEquals("Rate your pain before and after a few sessions to see a trend.", pain.verdict());

        assertTrue(insights.streaks().activeDays().isEmpty());
        assertEquals(0, insights.streaks().currentStreak());
        assertEquals(0, insights.streaks().longestStreak());
        assertFalse(insights.streaks().activeToday());

        assertEquals(11 * 7 + 3, insights.daily().days().size());
        assertEquals(0.0, insights.daily().maxMinutes());

        assertTrue(insights.sides().targets().isEmpty());
        assertTrue(insights.totals().targets().isEmpty());
        assertEquals(0.0, insights.totals().totalMinutes());
    }

    @Test
    void anEmptyLogGivesEmptyInsights() {
        assertEmpty(Insights.of(List.of(), CATALOGUE, BERLIN, TODAY));
    }

    @Test
    void sessionsWithNoWorkedTimeCountAsNothingEvenWhenRated() {
        List<LoggedSession> log = List.of(
                Log.at("2024-03-13T08:00").pain(8, 7).build(),
                Log.at("2024-03-12T08:00").work(TLF, CENTRAL, 0).pain(8, 6).build());
        assertEmpty(Insights.of(log, CATALOGUE, BERLIN, TODAY));
    }
}
