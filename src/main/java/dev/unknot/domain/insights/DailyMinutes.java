package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Minutes worked on each day of the last few ISO weeks, for a calendar heat map: columns are weeks (Monday
 * first), rows are days of the week.
 *
 * @param days       every day from the Monday {@code weekCount − 1} weeks before today's week up to and
 *                   including today, oldest first; days after today are not there
 * @param maxMinutes the most minutes on any one of those days (0.0 when none), to scale the colours
 */
public record DailyMinutes(List<Day> days, double maxMinutes) {

    /** The screen's window. */
    public static final int DEFAULT_WEEKS = 12;

    public DailyMinutes {
        days = List.copyOf(days);
    }

    /**
     * One day.
     *
     * @param date     the local date
     * @param week     0-based column, 0 the oldest week
     * @param minutes  minutes worked that day
     * @param sessions sessions with worked time started that day
     */
    public record Day(LocalDate date, int week, double minutes, int sessions) {
        public Day {
            Objects.requireNonNull(date);
        }
    }

    /** @throws IllegalArgumentException when {@code weekCount} is less than 1 */
    public static DailyMinutes of(List<LoggedSession> sessions, ZoneId zone, LocalDate today, int weekCount) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        if (weekCount < 1) {
            throw new IllegalArgumentException("At least one week is needed (got " + weekCount + ").");
        }
        LocalDate first = WeeklyMinutes.mondayOf(today).minusWeeks(weekCount - 1L);
        int dayCount = (int) ChronoUnit.DAYS.between(first, today) + 1;
        long[] seconds = new long[dayCount];
        int[] count = new int[dayCount];
        for (LoggedSession s : Worked.counting(sessions)) {
            long i = ChronoUnit.DAYS.between(first, Worked.date(s, zone));
            if (i >= 0 && i < dayCount) {
                seconds[(int) i] += Worked.seconds(s);
                count[(int) i]++;
            }
        }
        List<Day> days = new ArrayList<>(dayCount);
        double max = 0;
        for (int i = 0; i < dayCount; i++) {
            double minutes = Worked.minutes(seconds[i]);
            max = Math.max(max, minutes);
            days.add(new Day(first.plusDays(i), i / 7, minutes, count[i]));
        }
        return new DailyMinutes(days, max);
    }
}
