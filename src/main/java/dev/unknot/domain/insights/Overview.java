package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The headline numbers.
 *
 * @param totalSessions      sessions with worked time, ever
 * @param totalMinutes       minutes worked, ever
 * @param sessionsLast7Days  sessions with worked time started in the 7 days ending today (today and the 6 before)
 * @param sessionsLast30Days the same over 30 days
 */
public record Overview(int totalSessions, double totalMinutes, int sessionsLast7Days, int sessionsLast30Days) {

    public static Overview of(List<LoggedSession> sessions, ZoneId zone, LocalDate today) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        List<LoggedSession> counting = Worked.counting(sessions);
        long seconds = 0;
        int last7 = 0;
        int last30 = 0;
        for (LoggedSession s : counting) {
            seconds += Worked.seconds(s);
            LocalDate date = Worked.date(s, zone);
            if (!date.isAfter(today)) {
                if (!date.isBefore(today.minusDays(6))) {
                    last7++;
                }
                if (!date.isBefore(today.minusDays(29))) {
                    last30++;
                }
            }
        }
        return new Overview(counting.size(), Worked.minutes(seconds), last7, last30);
    }
}
