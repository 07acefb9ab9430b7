package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.unknot.domain.TargetCatalogue.GLUTE_MAX;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.LEFT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreaksTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 20);

    /** One 5-minute session on each of these days before today (0 = today). */
    private static Streaks onDaysAgo(int... daysAgo) {
        List<LoggedSession> sessions = new ArrayList<>();
        for (int d : daysAgo) {
            sessions.add(Log.at(TODAY.minusDays(d) + "T19:00").work(GLUTE_MAX, LEFT, 300).build());
        }
        return Streaks.of(sessions, BERLIN, TODAY);
    }

    @Test
    void theCurrentStreakEndsTodayWhenTodayIsWorked() {
        Streaks result = onDaysAgo(0, 1, 2);
        assertEquals(3, result.currentStreak());
        assertTrue(result.activeToday());
    }

    @Test
    void beforeTodaysSessionTheStreakEndingYesterdayStillCounts() {
        Streaks result = onDaysAgo(1, 2);
        assertEquals(2, result.currentStreak());
        assertFalse(result.activeToday());
    }

    @Test
    void aMissedDayBreaksTheStreak() {
        assertEquals(1, onDaysAgo(1, 3, 4, 5).currentStreak());
        assertEquals(2, onDaysAgo(0, 1, 3, 4, 5).currentStreak());
    }

    @Test
    void nothingTodayOrYesterdayMeansNoCurrentStreak() {
        Streaks result = onDaysAgo(2, 3, 4);
        assertEquals(0, result.currentStreak());
        assertEquals(3, result.longestStreak());
    }

    @Test
    void theLongestStreakCanBeAnOldOne() {
        Streaks result = onDaysAgo(0, 1, 10, 11, 12, 13, 20);
        assertEquals(2, result.currentStreak());
        assertEquals(4, result.longestStreak());
    }

    @Test
    void theLongestStreakCanBeTheCurrentOne() {
        Streaks result = onDaysAgo(0, 1, 2, 3, 10, 11);
        assertEquals(4, result.currentStreak());
        assertEquals(4, result.longestStreak());
    }

    @Test
    void severalSessionsOnOneDayCountAsOneDay() {
        Streaks result = onDaysAgo(0, 0, 0, 1, 1);
        assertEquals(List.of(TODAY.minusDays(1), TODAY), List.copyOf(result.activeDays()));
        assertEquals(2, result.currentStreak());
        assertEquals(2, result.longestStreak());
    }

    @Test
    void aSessionWithNoWorkedTimeDoesNotBridgeAGap() {
        List<LoggedSession> sessions = new ArrayList<>(List.of(
                Log.at("2024-03-20T08:00").work(GLUTE_MAX, LEFT, 60).build(),
                Log.at("2024-03-19T08:00").work(GLUTE_MAX, LEFT, 0).build(),
                Log.at("2024-03-18T08:00").work(GLUTE_MAX, LEFT, 60).build()));
        Streaks result = Streaks.of(sessions, BERLIN, TODAY);

        assertEquals(List.of(LocalDate.of(2024, 3, 18), TODAY), List.copyOf(result.activeDays()));
        assertEquals(1, result.currentStreak());
    }

    @Test
    void daysAreTheUsersLocalDaysNotUtcOnes() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // 23:30 in New York on 19 March is already 20 March in UTC.
        LoggedSession lateEvening = Log.at("2024-03-19T23:30").in(newYork).work(GLUTE_MAX, LEFT, 60).build();
        assertEquals(TODAY, LocalDate.ofInstant(lateEvening.startedAt(), ZoneOffset.UTC));

        Streaks result = Streaks.of(List.of(lateEvening), newYork, TODAY);

        assertEquals(List.of(LocalDate.of(2024, 3, 19)), List.copyOf(result.activeDays()));
        assertFalse(result.activeToday());
        assertEquals(1, result.currentStreak());
    }

    @Test
    void aStreakRunsOnAcrossTheYearEnd() {
        LocalDate today = LocalDate.of(2025, 1, 1);
        List<LoggedSession> sessions = List.of(
                Log.at("2024-12-30T08:00").work(GLUTE_MAX, LEFT, 60).build(),
                Log.at("2024-12-31T08:00").work(GLUTE_MAX, LEFT, 60).build(),
                Log.at("2025-01-01T08:00").work(GLUTE_MAX, LEFT, 60).build());
        Streaks result = Streaks.of(sessions, BERLIN, today);
        assertEquals(3, result.currentStreak());
        assertEquals(3, result.longestStreak());
    }

    @Test
    void theActiveDaysCannotBeChanged() {
        Streaks result = onDaysAgo(0);
        assertThrows(UnsupportedOperationException.class, () -> result.activeDays().add(TODAY.plusDays(1)));
    }
}
