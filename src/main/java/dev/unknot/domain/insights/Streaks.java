package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The days worked and the runs of consecutive days.
 *
 * @param activeDays    every local date with at least one session that has worked time, oldest first;
 *                      unmodifiable
 * @param currentStreak consecutive days worked ending today, or ending yesterday when nothing has been done
 *                      today yet (the day isn't over, so the streak isn't broken); 0 when neither day was worked
 * @param activeToday   whether today already counts; when false and the streak is above 0, one session today
 *                      keeps it going
 * @param longestStreak the longest run of consecutive days ever worked (at least the current streak)
 */
public record Streaks(NavigableSet<LocalDate> activeDays, int currentStreak, boolean activeToday,
                      int longestStreak) {

    public Streaks {
        activeDays = Collections.unmodifiableNavigableSet(new TreeSet<>(activeDays));
    }

    public static Streaks of(List<LoggedSession> sessions, ZoneId zone, LocalDate today) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LoggedSession s : Worked.counting(sessions)) {
            days.add(Worked.date(s, zone));
        }

        boolean activeToday = days.contains(today);
        LocalDate end = activeToday ? today : today.minusDays(1);
        int current = 0;
        for (LocalDate d = end; days.contains(d); d = d.minusDays(1)) {
            current++;
        }

        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : days) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = d;
        }
        return new Streaks(days, current, activeToday, longest);
    }
}
