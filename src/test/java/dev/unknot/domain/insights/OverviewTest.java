package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.unknot.domain.TargetCatalogue.TLF;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverviewTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);

    private static LoggedSession daysAgo(int days, int seconds) {
        return Log.at(TODAY.minusDays(days) + "T12:00").work(TLF, CENTRAL, seconds).build();
    }

    @Test
    void countsSessionsWithWorkedTimeAndTheLastSevenAndThirtyDaysIncludeToday() {
        Overview result = Overview.of(List.of(
                daysAgo(0, 60), daysAgo(6, 60),    // in the 7 days
                daysAgo(7, 60), daysAgo(29, 60),   // in the 30 days only
                daysAgo(30, 60), daysAgo(400, 60), // older
                daysAgo(1, 0),                     // nothing worked: counts as nothing
                Log.at("2024-03-30T08:00").status(SessionStatus.INTERRUPTED).work(TLF, CENTRAL, 30).build()),
                BERLIN, TODAY);

        assertEquals(7, result.totalSessions());
        assertEquals(6.5, result.totalMinutes());
        assertEquals(3, result.sessionsLast7Days());
        assertEquals(5, result.sessionsLast30Days());
    }

    @Test
    void aSessionJustAfterLocalMidnightCountsForItsLocalDay() {
        // 00:30 on 25 March in Berlin is 23:30 on 24 March in UTC: the 25th is in the 7 days, the 24th isn't.
        Overview result = Overview.of(List.of(Log.at("2024-03-24T00:30").work(TLF, CENTRAL, 60).build(),
                Log.at("2024-03-25T00:30").work(TLF, CENTRAL, 60).build()), BERLIN, TODAY);
        assertEquals(1, result.sessionsLast7Days());
        assertEquals(2, result.sessionsLast30Days());
    }
}
