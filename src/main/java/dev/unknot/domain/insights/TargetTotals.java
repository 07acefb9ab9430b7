package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.TargetCatalogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each target has had over the whole log.
 *
 * @param targets one row per target with worked time, most minutes first; equal minutes in catalogue order,
 *                then ids the catalogue no longer knows, alphabetically
 */
public record TargetTotals(List<TargetTotal> targets) {

    public TargetTotals {
        targets = List.copyOf(targets);
    }

    /**
     * One target.
     *
     * @param targetId   the target
     * @param minutes    minutes worked on it, all sides together
     * @param sessions   sessions that worked it for at least a second
     * @param lastWorked the local date of the latest of those sessions
     */
    public record TargetTotal(String targetId, double minutes, int sessions, LocalDate lastWorked) {
        public TargetTotal {
            Objects.requireNonNull(targetId);
            Objects.requireNonNull(lastWorked);
        }
    }

    public static TargetTotals of(List<LoggedSession> sessions, TargetCatalogue catalogue, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        TargetOrder order = new TargetOrder(catalogue);
        Map<String, Long> seconds = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        Set<String> touched = new HashSet<>();
        for (LoggedSession s : Worked.counting(sessions)) {
            touched.clear();
            LocalDate date = Worked.date(s, zone);
            for (LoggedStep step : s.steps()) {
                long worked = Worked.seconds(step);
                if (worked > 0) {
                    seconds.merge(step.targetId(), worked, Long::sum);
                    touched.add(step.targetId());
                }
            }
            for (String id : touched) {
                count.merge(id, 1, Integer::sum);
                last.merge(id, date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Comparator<String> byMinutes = Comparator.comparingLong((String id) -> seconds.get(id)).reversed();
        List<TargetTotal> rows = seconds.keySet().stream()
                .sorted(byMinutes.thenComparing(order))
                .map(id -> new TargetTotal(id, Worked.minutes(seconds.get(id)), count.get(id), last.get(id)))
                .toList();
        return new TargetTotals(rows);
    }

    /** Minutes over all targets. */
    public double totalMinutes() {
        long s = 0;
        for (TargetTotal t : targets) {
            s += Math.round(t.minutes() * 60);
        }
        return Worked.minutes(s);
    }
}
