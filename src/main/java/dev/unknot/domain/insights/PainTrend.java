package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Pain over time: the ratings people gave, a straight-line trend for "before" and for "after", a verdict in
 * plain words and how much a session eases the pain on average.
 *
 * @param points             one per session with at least one rating (and some worked time), oldest first
 * @param before             the trend of pain before sessions; empty with fewer than 2 rated points or when all
 *                           of them fall on one day
 * @param after              the same for pain after sessions
 * @param verdict            one sentence for the screen, about "before" when it has a trend, else about "after"
 * @param averageDrop        mean of (before − after) over sessions rated both ways; positive means sessions ease
 *                           the pain; empty when no session is rated both ways
 * @param sessionsRatedBoth  how many sessions the average drop is over
 */
public record PainTrend(List<PainPoint> points, Optional<Trend> before, Optional<Trend> after, String verdict,
                        OptionalDouble averageDrop, int sessionsRatedBoth) {

    /**
     * A trend line that moves less than this many points from its first date to its last is said to hold steady.
     * The verdict is judged on the line as drawn (its two ends), so the sentence and the chart always agree.
     */
    public static final double STEADY_WITHIN = 0.5;

    static final String NOT_ENOUGH = "Rate your pain before and after a few sessions to see a trend.";

    public PainTrend {
        points = List.copyOf(points);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(averageDrop);
    }

    /**
     * One rated session.
     *
     * @param sessionId the log's id, to open the session from the chart
     * @param date      the local date it started
     * @param before    pain before, 0–10, when rated
     * @param after     pain after, 0–10, when rated
     */
    public record PainPoint(long sessionId, LocalDate date, OptionalInt before, OptionalInt after) {
        public PainPoint {
            Objects.requireNonNull(date);
            Objects.requireNonNull(before);
            Objects.requireNonNull(after);
        }
    }

    /** Which way a trend goes, by {@link #STEADY_WITHIN}. */
    public enum Direction { DOWN, STEADY, UP }

    /**
     * A least-squares straight line through one series (x = the session's date, y = pain). The fitted values
     * are the line itself, so they may fall a little outside 0–10.
     *
     * @param slopePerWeek change in pain points per week; negative is getting better
     * @param direction    {@link Direction#STEADY} when the line moves less than {@link #STEADY_WITHIN} points from
     *                     its first date to its last
     * @param firstDate    the date of the series' first point
     * @param fittedFirst  the line's value on {@code firstDate}
     * @param lastDate     the date of the series' last point
     * @param fittedLast   the line's value on {@code lastDate}
     * @param pointCount   how many ratings the line is fitted to
     */
    public record Trend(double slopePerWeek, Direction direction, LocalDate firstDate, double fittedFirst,
                        LocalDate lastDate, double fittedLast, int pointCount) {
        public Trend {
            Objects.requireNonNull(direction);
            Objects.requireNonNull(firstDate);
            Objects.requireNonNull(lastDate);
        }
    }

    public static PainTrend of(List<LoggedSession> sessions, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        List<LoggedSession> rated = Worked.counting(sessions).stream()
                .filter(s -> s.painBefore().isPresent() || s.painAfter().isPresent())
                .sorted(Comparator.comparing(LoggedSession::startedAt).thenComparingLong(LoggedSession::id))
                .toList();
        List<PainPoint> points = new ArrayList<>(rated.size());
        long dropSum = 0;
        int both = 0;
        for (LoggedSession s : rated) {
            points.add(new PainPoint(s.id(), Worked.date(s, zone), s.painBefore(), s.painAfter()));
            if (s.painBefore().isPresent() && s.painAfter().isPresent()) {
                dropSum += s.painBefore().getAsInt() - s.painAfter().getAsInt();
                both++;
            }
        }
        Optional<Trend> before = fit(points, PainPoint::before);
        Optional<Trend> after = fit(points, PainPoint::after);
        String verdict = before.map(t -> sentence("Pain before sessions", t))
                .or(() -> after.map(t -> sentence("Pain after sessions", t)))
                .orElse(NOT_ENOUGH);
        OptionalDouble drop = both == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) dropSum / both);
        return new PainTrend(points, before, after, verdict, drop, both);
    }

    /** Least squares of pain on weeks since the first point; empty when the line isn't defined. */
    private static Optional<Trend> fit(List<PainPoint> points, Function<PainPoint, OptionalInt> rating) {
        List<PainPoint> series = points.stream().filter(p -> rating.apply(p).isPresent()).toList();
        int n = series.size();
        if (n < 2) {
            return Optional.empty();
        }
        LocalDate first = series.get(0).date();
        LocalDate last = series.get(n - 1).date();
        double[] x = new double[n];
        double[] y = new double[n];
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.DAYS.between(first, series.get(i).date()) / 7.0;
            y[i] = rating.apply(series.get(i)).getAsInt();
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double xLast = ChronoUnit.DAYS.between(first, last) / 7.0;
        double fittedFirst = meanY + slope * (0 - meanX);
        double fittedLast = meanY + slope * (xLast - meanX);
        return Optional.of(new Trend(slope, direction(fittedLast - fittedFirst), first, fittedFirst, last, fittedLast,
                n));
    }

    /** Which way a line goes that moves {@code change} points from its first date to its last. */
    static Direction direction(double change) {
        if (Math.abs(change) < STEADY_WITHIN) {
            return Direction.STEADY;
        }
        return change < 0 ? Direction.DOWN : Direction.UP;
    }

    /** "Pain before sessions is going down: from 5.7 to 3.3 over 3 weeks." The figures are the line's ends. */
    static String sentence(String subject, Trend trend) {
        String figures = "from " + points(trend.fittedFirst()) + " to " + points(trend.fittedLast()) + " over "
                + span(ChronoUnit.DAYS.between(trend.firstDate(), trend.lastDate())) + ".";
        return switch (trend.direction()) {
            case STEADY -> subject + " is holding steady: " + figures;
            case DOWN -> subject + " is going down: " + figures;
            case UP -> subject + " is going up: " + figures;
        };
    }

    /** A value on the 0–10 scale as the chart's reader would say it: "3.2", "5" (one decimal, none when whole). */
    static String points(double value) {
        String amount = String.format(Locale.ROOT, "%.1f", value);
        if (amount.equals("-0.0")) {
            amount = "0.0";
        }
        return amount.endsWith(".0") ? amount.substring(0, amount.length() - 2) : amount;
    }

    /** "5 days", "1 day", "3 weeks" (whole weeks from two weeks on). */
    static String span(long days) {
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        return Math.round(days / 7.0) + " weeks";
    }
}
