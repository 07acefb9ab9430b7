package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.TargetCatalogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything the insights screen shows, computed in one go with the screen's windows (12 weeks), so a view-model
 * can build it off the UI thread and hand it over.
 */
public record Insights(Overview overview, WeeklyMinutes weekly, PainTrend pain, Streaks streaks,
                       DailyMinutes daily, SideBalance sides, TargetTotals totals) {

    public Insights {
        Objects.requireNonNull(overview);
        Objects.requireNonNull(weekly);
        Objects.requireNonNull(pain);
        Objects.requireNonNull(streaks);
        Objects.requireNonNull(daily);
        Objects.requireNonNull(sides);
        Objects.requireNonNull(totals);
    }

    /** Pain is about how things go now: its chart and trend cover the same 12 weeks as the weekly chart. */
    static List<LoggedSession> since(List<LoggedSession> sessions, ZoneId zone, LocalDate first) {
        return sessions.stream().filter(s -> !s.startedAt().atZone(zone).toLocalDate().isBefore(first)).toList();
    }

    /**
     * @param sessions  the whole log, any order
     * @param catalogue for the order of targets
     * @param zone      the user's zone, which decides the day each session belongs to
     * @param today     the user's today in that zone
     */
    public static Insights of(List<LoggedSession> sessions, TargetCatalogue catalogue, ZoneId zone,
                              LocalDate today) {
        return new Insights(
                Overview.of(sessions, zone, today),
                WeeklyMinutes.of(sessions, catalogue, zone, today, WeeklyMinutes.DEFAULT_WEEKS),
                PainTrend.of(since(sessions, zone, today.minusWeeks(WeeklyMinutes.DEFAULT_WEEKS).plusDays(1)), zone),
                Streaks.of(sessions, zone, today),
                DailyMinutes.of(sessions, zone, today, DailyMinutes.DEFAULT_WEEKS),
                SideBalance.of(sessions, catalogue),
                TargetTotals.of(sessions, catalogue, zone));
    }
}
