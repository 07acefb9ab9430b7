package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.unknot.domain.TargetCatalogue.GLUTE_MAX;
import static dev.unknot.domain.TargetCatalogue.PSOAS;
import static dev.unknot.domain.TargetCatalogue.QL;
import static dev.unknot.domain.TargetCatalogue.TLF;
import static dev.unknot.domain.TargetCatalogue.UPPER_BACK;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.CATALOGUE;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static dev.unknot.domain.insights.Log.LEFT;
import static dev.unknot.domain.insights.Log.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WeeklyMinutesTest {
    private static final List<String> CATALOGUE_IDS =
            List.of("upper_back", "glute_max", "piriformis", "glute_med_min", "tlf", "psoas", "ql");

    private static WeeklyMinutes weekly(LocalDate today, int weeks, LoggedSession... sessions) {
        return WeeklyMinutes.of(List.of(sessions), CATALOGUE, BERLIN, today, weeks);
    }

    private static List<LocalDate> mondays(WeeklyMinutes result) {
        return result.weeks().stream().map(WeeklyMinutes.Week::monday).toList();
    }

    @Test
    void aSessionAtHalfPastMidnightOnALocalMondayBelongsToTheNewWeekThoughItIsStillSundayInUtc() {
        LoggedSession mondayNight = Log.at("2024-01-08T00:30").work(TLF, CENTRAL, 600).build();
        LoggedSession sundayLate = Log.at("2024-01-07T23:30").work(TLF, CENTRAL, 120).build();
        assertEquals(DayOfWeek.SUNDAY, mondayNight.startedAt().atZone(ZoneOffset.UTC).getDayOfWeek());

        WeeklyMinutes result = weekly(LocalDate.of(2024, 1, 10), 2, mondayNight, sundayLate);

        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8)), mondays(result));
        assertEquals(2.0, result.weeks().get(0).minutes(TLF));
        assertEquals(10.0, result.weeks().get(1).minutes(TLF));
    }

    @Test
    void weeksRunMondayToSundayAcrossTheYearEnd() {
        // 1 January 2025 is a Wednesday: its ISO week starts on Monday 30 December 2024.
        WeeklyMinutes result = weekly(LocalDate.of(2025, 1, 1), 3,
                Log.at("2024-12-22T20:00").work(QL, LEFT, 60).build(),   // Sunday: week of 16 Dec
                Log.at("2024-12-23T08:00").work(QL, LEFT, 120).build(),  // Monday: week of 23 Dec
                Log.at("2024-12-29T23:59").work(QL, LEFT, 180).build(),  // Sunday: still week of 23 Dec
                Log.at("2024-12-30T00:00").work(QL, LEFT, 240).build(),  // Monday: week of 30 Dec
                Log.at("2025-01-01T07:00").work(QL, LEFT, 300).build()); // today

        assertEquals(List.of(LocalDate.of(2024, 12, 16), LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 30)),
                mondays(result));
        assertEquals(List.of(1.0, 5.0, 9.0), result.weeks().stream().map(w -> w.minutes(QL)).toList());
        assertEquals(LocalDate.of(2025, 1, 5), result.weeks().get(2).monday().plusDays(6));
    }

    @Test
    void everyWeekOfTheWindowIsThereOldestFirstAndZeroFilled() {
        LocalDate today = LocalDate.of(2024, 6, 12); // Wednesday
        WeeklyMinutes result = weekly(today, 12, Log.at("2024-05-08T09:00").work(PSOAS, RIGHT, 90).build());

        List<LocalDate> expected = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            expected.add(LocalDate.of(2024, 6, 10).minusWeeks(i));
        }
        assertEquals(expected, mondays(result));
        for (int i = 0; i < 12; i++) {
            WeeklyMinutes.Week week = result.weeks().get(i);
            assertEquals(CATALOGUE_IDS, List.copyOf(week.minutesByTarget().keySet()), "week " + i);
            double expectedTotal = week.monday().equals(LocalDate.of(2024, 5, 6)) ? 1.5 : 0.0;
            assertEquals(expectedTotal, week.totalMinutes(), "week " + i);
        }
        assertEquals(1.5, result.weeks().get(6).minutes(PSOAS)); // 25 March + 6 weeks = 6 May
    }

    @Test
    void minutesAreSecondsReallyWorkedOverBothSidesWhateverTheStatus() {
        LocalDate today = LocalDate.of(2024, 3, 6);
        WeeklyMinutes result = weekly(today, 1,
                Log.at("2024-03-04T10:00").work(GLUTE_MAX, LEFT, 300).work(GLUTE_MAX, RIGHT, 330).build(),
                Log.at("2024-03-05T10:00").status(SessionStatus.INTERRUPTED).work(GLUTE_MAX, LEFT, 45).build(),
                Log.at("2024-03-05T11:00").status(SessionStatus.ENDED_EARLY)
                        .work(UPPER_BACK, CENTRAL, 150).work(GLUTE_MAX, LEFT, 0).build(),
                Log.at("2024-03-06T10:00").status(SessionStatus.ENDED_EARLY).work(TLF, CENTRAL, 0).build());

        WeeklyMinutes.Week week = result.weeks().get(0);
        assertEquals(11.25, week.minutes(GLUTE_MAX));
        assertEquals(2.5, week.minutes(UPPER_BACK));
        assertEquals(0.0, week.minutes(TLF));
        assertEquals(13.75, week.totalMinutes());
    }

    @Test
    void targetsTheCatalogueNoLongerKnowsAreKeptAfterItsOnesAlphabetically() {
        LocalDate today = LocalDate.of(2024, 3, 6);
        WeeklyMinutes result = weekly(today, 2,
                Log.at("2024-03-05T10:00").work("old_hamstring", LEFT, 60).work("old_calf", CENTRAL, 120).build(),
                Log.at("2024-01-02T10:00").work("old_before_window", LEFT, 60).build());

        List<String> expected = new ArrayList<>(CATALOGUE_IDS);
        expected.addAll(List.of("old_calf", "old_hamstring"));
        assertEquals(expected, result.targetIds());
        assertEquals(expected, List.copyOf(result.weeks().get(0).minutesByTarget().keySet()));
        assertEquals(2.0, result.weeks().get(1).minutes("old_calf"));
        assertEquals(0.0, result.weeks().get(0).minutes("old_calf"));
    }

    @Test
    void sessionsBeforeTheWindowOrAfterTheCurrentWeekAreLeftOut() {
        LocalDate today = LocalDate.of(2024, 3, 10); // Sunday: the window is the weeks of 26 Feb and 4 Mar
        WeeklyMinutes result = weekly(today, 2,
                Log.at("2024-02-25T12:00").work(QL, LEFT, 600).build(),  // Sunday before the window
                Log.at("2024-02-26T00:00").work(QL, LEFT, 60).build(),   // first moment of the window
                Log.at("2024-03-10T23:59").work(QL, LEFT, 120).build(),  // last minute of the window
                Log.at("2024-03-11T00:00").work(QL, LEFT, 600).build()); // next week: a wrong clock

        assertEquals(List.of(1.0, 2.0), result.weeks().stream().map(w -> w.minutes(QL)).toList());
    }

    @Test
    void onMondayTheLastWeekStartsThatDay() {
        WeeklyMinutes result = weekly(LocalDate.of(2024, 3, 11), 1);
        assertEquals(List.of(LocalDate.of(2024, 3, 11)), mondays(result));
    }

    @Test
    void fewerThanOneWeekIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> weekly(LocalDate.of(2024, 3, 11), 0));
    }

    @Test
    void theWeeksCannotBeChanged() {
        WeeklyMinutes result = weekly(LocalDate.of(2024, 3, 11), 1);
        assertThrows(UnsupportedOperationException.class, () -> result.weeks().get(0).minutesByTarget().put(QL, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> result.weeks().clear());
    }
}
