package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.Target;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static dev.unknot.domain.insights.Log.CATALOGUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Years of daily use in memory: about 7,000 sessions of 7 steps. Not a timing test: it checks that the insights
 * agree with one another and with sums worked out here, and don't depend on the log's order.
 */
class ScaleTest {
    private static final ZoneId ZONE = ZoneId.of("Australia/Sydney");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final int SESSIONS = 7_000;
    private static final double EPS = 1e-6;

    private static final String[] SIDES = {"left", "right", "central"};

    private final List<LoggedSession> log = new ArrayList<>();
    private long workedSeconds;
    private int workedSessions;
    private final Set<LocalDate> workedDays = new HashSet<>();
    private int rated;

    ScaleTest() {
        Random random = new Random(42);
        List<String> targets = new ArrayList<>(CATALOGUE.all().stream().map(Target::id).toList());
        targets.add("retired_target");
        ZonedDateTime start = TODAY.minusDays(SESSIONS * 9L / 10).atStartOfDay(ZONE);
        for (int i = 0; i < SESSIONS; i++) {
            ZonedDateTime at = start.plusMinutes(i * (long) (24 * 60 * 9 / 10) + random.nextInt(600));
            if (at.toLocalDate().isAfter(TODAY)) {
                at = TODAY.atTime(6, 0).atZone(ZONE);
            }
            List<LoggedStep> steps = new ArrayList<>();
            long sessionSeconds = 0;
            boolean empty = random.nextInt(50) == 0;
            for (int p = 0; p < 7; p++) {
                int done = empty ? 0 : random.nextInt(420);
                steps.add(new LoggedStep(p, targets.get(random.nextInt(targets.size())), "softball",
                        SIDES[random.nextInt(3)], 300, done));
                sessionSeconds += done;
            }
            OptionalInt before = random.nextBoolean() ? OptionalInt.of(random.nextInt(11)) : OptionalInt.empty();
            OptionalInt after = random.nextBoolean() ? OptionalInt.of(random.nextInt(11)) : OptionalInt.empty();
            SessionStatus status = SessionStatus.values()[1 + random.nextInt(3)];
            log.add(new LoggedSession(i + 1, at.toInstant(), Optional.empty(), "r", "R", status, steps,
                    before, after, ""));
            if (sessionSeconds > 0) {
                workedSeconds += sessionSeconds;
                workedSessions++;
                workedDays.add(at.toLocalDate());
                // The pain chart and trend cover the same 12 weeks as the weekly chart.
                if ((before.isPresent() || after.isPresent())
                        && !at.toLocalDate().isBefore(TODAY.minusWeeks(12).plusDays(1))) {
                    rated++;
                }
            }
        }
    }

    @Test
    void theInsightsOfALargeLogAgreeWithOneAnother() {
        Insights insights = Insights.of(log, CATALOGUE, ZONE, TODAY);

        assertEquals(workedSessions, insights.overview().totalSessions());
        assertEquals(workedSeconds / 60.0, insights.overview().totalMinutes(), EPS);
        assertEquals(insights.overview().totalMinutes(), insights.totals().totalMinutes(), EPS);
        assertEquals(insights.overview().totalMinutes(),
                insights.totals().targets().stream().mapToDouble(TargetTotals.TargetTotal::minutes).sum(), EPS);
        assertTrue(insights.totals().targets().stream().allMatch(t -> t.sessions() <= workedSessions));
        assertEquals("retired_target", insights.weekly().targetIds().get(7));

        double weeklyTotal = insights.weekly().weeks().stream()
                .mapToDouble(WeeklyMinutes.Week::totalMinutes).sum();
        double dailyTotal = insights.daily().days().stream().mapToDouble(DailyMinutes.Day::minutes).sum();
        assertTrue(weeklyTotal > 0);
        assertEquals(weeklyTotal, dailyTotal, EPS);
        insights.weekly().weeks().forEach(w -> assertEquals(w.totalMinutes(),
                w.minutesByTarget().values().stream().mapToDouble(Double::doubleValue).sum(), EPS));

        double sided = insights.sides().targets().stream()
                .mapToDouble(s -> s.leftMinutes() + s.rightMinutes()).sum();
        assertTrue(sided > 0 && sided < insights.overview().totalMinutes());

        assertEquals(workedDays, insights.streaks().activeDays());
        assertTrue(insights.streaks().longestStreak() >= insights.streaks().currentStreak());
        assertTrue(insights.streaks().currentStreak() > 0);
        assertEquals(rated, insights.pain().points().size());
        assertTrue(insights.pain().before().isPresent());
    }

    @Test
    void theOrderOfTheLogDoesNotMatter() {
        List<LoggedSession> shuffled = new ArrayList<>(log);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(Insights.of(log, CATALOGUE, ZONE, TODAY), Insights.of(shuffled, CATALOGUE, ZONE, TODAY));
    }
}
