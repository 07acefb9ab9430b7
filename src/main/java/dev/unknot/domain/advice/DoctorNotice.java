package dev.unknot.domain.advice;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SpasmEpisode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When to suggest seeing a doctor. The guide: "If you suffer from severe and constant spasms, get with your
 * doctor." Two rules, either one is enough:
 * <ol>
 *   <li><b>Severe:</b> an ongoing (not relieved) episode that had begun by {@code now} is rated
 *       {@value #SEVERE_EPISODE} or more. Every ongoing episode counts, not only the newest, so an older severe
 *       one is not hidden by a milder new one.</li>
 *   <li><b>Constant:</b> look at the sessions started in the last {@value #WINDOW_DAYS} days — local dates
 *       (in the given zone) from today − 6 to today, and not after {@code now} — that have a pain-before rating,
 *       in the order they started (ties by id). The notice shows when the last {@value #MIN_SESSIONS} of those
 *       ratings are all {@value #HIGH_PAIN} or more and never go down: each rating is greater than or equal to
 *       the one before it (7, 7, 8 counts; 8, 7, 7 and 7, 6, 7 do not). A later lower rating ends it, since the
 *       pain is easing; an earlier low rating before the run does not. Unrated sessions are skipped.</li>
 * </ol>
 * The text says which rule applies (severe first), points to the NINDS fact sheet the guide recommends and says
 * plainly that it is guidance, not medical advice.
 */
public final class DoctorNotice {
    public static final int SEVERE_EPISODE = 8;
    public static final int HIGH_PAIN = 7;
    public static final int MIN_SESSIONS = 3;
    public static final int WINDOW_DAYS = 7;
    public static final String FACT_SHEET =
            "National Institute of Neurological Disorders and Stroke (NINDS) Low Back Pain Fact Sheet";

    private static final String GUIDE = " The guide says to see your doctor about severe or constant spasms: there "
            + "may be an underlying issue that needs care. For more, read the " + FACT_SHEET + ".";

    private DoctorNotice() {
    }

    /** The notice to show at {@code now}, or empty when neither rule applies. */
    public static Optional<String> check(List<SpasmEpisode> episodes, List<LoggedSession> sessions, Instant now,
                                         ZoneId zone) {
        Objects.requireNonNull(now);
        Objects.requireNonNull(zone);
        Optional<SpasmEpisode> severe = Episodes.ongoing(episodes, now).stream()
                .filter(e -> e.severity() >= SEVERE_EPISODE)
                .max(Comparator.comparingInt(SpasmEpisode::severity));
        if (severe.isPresent()) {
            return Optional.of("You rated this spasm " + severe.get().severity() + " out of 10." + GUIDE);
        }
        List<Integer> run = highPainRun(sessions, now, zone);
        if (run.size() >= MIN_SESSIONS) {
            return Optional.of("Your pain before sessions has stayed at " + HIGH_PAIN + " or more without easing "
                    + "over your last " + run.size() + " rated sessions this week ("
                    + run.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")." + GUIDE);
        }
        return Optional.empty();
    }

    /**
     * The pain-before ratings at the end of the window that are all {@value #HIGH_PAIN} or more and never go down,
     * oldest first; the notice needs {@value #MIN_SESSIONS} of them.
     */
    static List<Integer> highPainRun(List<LoggedSession> sessions, Instant now, ZoneId zone) {
        LocalDate firstDay = LocalDate.ofInstant(now, zone).minusDays(WINDOW_DAYS - 1);
        List<Integer> ratings = sessions.stream()
                .filter(s -> s.painBefore().isPresent())
                .filter(s -> !s.startedAt().isAfter(now))
                .filter(s -> !LocalDate.ofInstant(s.startedAt(), zone).isBefore(firstDay))
                .sorted(Comparator.comparing(LoggedSession::startedAt).thenComparingLong(LoggedSession::id))
                .map(s -> s.painBefore().getAsInt())
                .toList();
        int start = ratings.size();
        while (start > 0 && ratings.get(start - 1) >= HIGH_PAIN
                && (start == ratings.size() || ratings.get(start - 1) <= ratings.get(start))) {
            start--;
        }
        return ratings.subList(start, ratings.size());
    }
}
