package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.TargetCatalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Minutes worked per target in each of the last few ISO weeks (Monday to Sunday), for a stacked bar chart.
 *
 * @param targetIds the series, the same for every week: every catalogue target in its order (so a target
 *                  keeps its colour even in a window where it was never worked), then ids the catalogue no
 *                  longer knows that have time in the window, alphabetically
 * @param weeks     every week of the window, oldest first, the last one being the week that holds {@code today};
 *                  a week with nothing worked is there with zeros
 */
public record WeeklyMinutes(List<String> targetIds, List<Week> weeks) {

    /** The screen's window. */
    public static final int DEFAULT_WEEKS = 12;

    public WeeklyMinutes {
        targetIds = List.copyOf(targetIds);
        weeks = List.copyOf(weeks);
    }

    /**
     * One week.
     *
     * @param monday          the first day of the week
     * @param minutesByTarget minutes worked per target, with a key for each of {@link #targetIds()} in that order
     *                        (0.0 when not worked); unmodifiable
     * @param totalMinutes    minutes worked that week over all targets
     */
    public record Week(LocalDate monday, Map<String, Double> minutesByTarget, double totalMinutes) {
        public Week {
            Objects.requireNonNull(monday);
            minutesByTarget = Collections.unmodifiableMap(new LinkedHashMap<>(minutesByTarget));
        }

        /** Minutes on one target that week; 0.0 for an id that isn't a series. */
        public double minutes(String targetId) {
            return minutesByTarget.getOrDefault(targetId, 0.0);
        }
    }

    /**
     * The last {@code weekCount} weeks up to the one holding {@code today}. Sessions before the window, and any
     * after the current week (a clock that was wrong), are left out.
     *
     * @throws IllegalArgumentException when {@code weekCount} is less than 1
     */
    public static WeeklyMinutes of(List<LoggedSession> sessions, TargetCatalogue catalogue, ZoneId zone,
                                   LocalDate today, int weekCount) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        if (weekCount < 1) {
            throw new IllegalArgumentException("At least one week is needed (got " + weekCount + ").");
        }
        TargetOrder order = new TargetOrder(catalogue);
        LocalDate lastMonday = mondayOf(today);
        LocalDate firstMonday = lastMonday.minusWeeks(weekCount - 1L);

        // seconds[week index] : targetId -> seconds
        List<Map<String, Long>> seconds = new ArrayList<>(weekCount);
        for (int i = 0; i < weekCount; i++) {
            seconds.add(new HashMap<>());
        }
        Set<String> seen = new LinkedHashSet<>(order.catalogueIds());
        for (LoggedSession session : Worked.counting(sessions)) {
            LocalDate monday = mondayOf(Worked.date(session, zone));
            if (monday.isBefore(firstMonday) || monday.isAfter(lastMonday)) {
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(firstMonday, monday);
            Map<String, Long> bucket = seconds.get(week);
            for (LoggedStep step : session.steps()) {
                long s = Worked.seconds(step);
                if (s > 0) {
                    bucket.merge(step.targetId(), s, Long::sum);
                    seen.add(step.targetId());
                }
            }
        }

        List<String> ids = order.sorted(seen);
        List<Week> weeks = new ArrayList<>(weekCount);
        for (int i = 0; i < weekCount; i++) {
            Map<String, Long> bucket = seconds.get(i);
            Map<String, Double> minutes = new LinkedHashMap<>();
            long total = 0;
            for (String id : ids) {
                long s = bucket.getOrDefault(id, 0L);
                minutes.put(id, Worked.minutes(s));
                total += s;
            }
            weeks.add(new Week(firstMonday.plusWeeks(i), minutes, Worked.minutes(total)));
        }
        return new WeeklyMinutes(ids, weeks);
    }

    /** The Monday that starts the ISO week holding {@code date}. */
    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
