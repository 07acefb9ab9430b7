package dev.unknot.domain.insights;

import dev.unknot.domain.insights.DailyMinutes.Day;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static dev.unknot.domain.TargetCatalogue.PSOAS;
import static dev.unknot.domain.TargetCatalogue.UPPER_BACK;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static dev.unknot.domain.insights.Log.LEFT;
import static dev.unknot.domain.insights.Log.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DailyMinutesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 13); // Wednesday

    @Test
    void theGridRunsFromAMondayElevenWeeksBackUpToToday() {
        DailyMinutes result = DailyMinutes.of(List.of(), BERLIN, TODAY, 12);

        assertEquals(11 * 7 + 3, result.days().size());
        Day first = result.days().get(0);
        assertEquals(LocalDate.of(2023, 12, 25), first.date());
        assertEquals(DayOfWeek.MONDAY, first.date().getDayOfWeek());
        assertEquals(0, first.week());
        Day last = result.days().get(result.days().size() - 1);
        assertEquals(TODAY, last.date());
        assertEquals(11, last.week());
        assertEquals(0.0, result.maxMinutes());
    }

    @Test
    void eachDayHasItsMinutesAndSessions() {
        DailyMinutes result = DailyMinutes.of(List.of(
                Log.at("2024-03-12T07:00").work(PSOAS, LEFT, 300).work(PSOAS, RIGHT, 300).build(),
                Log.at("2024-03-12T21:00").work(UPPER_BACK, CENTRAL, 480).build(),
                Log.at("2024-03-13T00:10").work(UPPER_BACK, CENTRAL, 90).build(),
                Log.at("2024-03-11T09:00").work(UPPER_BACK, CENTRAL, 0).build(),
                Log.at("2023-12-24T09:00").work(UPPER_BACK, CENTRAL, 600).build(),  // before the grid
                Log.at("2024-03-14T09:00").work(UPPER_BACK, CENTRAL, 600).build()), // after today
                BERLIN, TODAY, 12);

        int n = result.days().size();
        Day monday = result.days().get(n - 3);
        Day tuesday = result.days().get(n - 2);
        Day wednesday = result.days().get(n - 1);
        assertEquals(new Day(LocalDate.of(2024, 3, 11), 11, 0.0, 0), monday);
        assertEquals(new Day(LocalDate.of(2024, 3, 12), 11, 18.0, 2), tuesday);
        assertEquals(new Day(LocalDate.of(2024, 3, 13), 11, 1.5, 1), wednesday);
        assertEquals(18.0, result.maxMinutes());
        assertEquals(19.5, result.days().stream().mapToDouble(Day::minutes).sum());
    }

    @Test
    void fewerThanOneWeekIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DailyMinutes.of(List.of(), BERLIN, TODAY, 0));
    }
}
