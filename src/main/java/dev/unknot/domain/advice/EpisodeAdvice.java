package dev.unknot.domain.advice;

import dev.unknot.domain.SpasmEpisode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to tell the person about one spasm episode at a given instant.
 *
 * <p>The guide: "apply heat or rest first, wait about 24 hours" before SMR. So for the first 24 hours after the
 * onset ({@code now < onset + 24 h}) the advice is to rest; from exactly 24 hours on, SMR is advised. Starting a
 * session in the rest period is never blocked: {@link #startWarning} gives a gentle text to show instead.
 *
 * @param stage          rest first, SMR advised, or relieved
 * @param text           one or two sentences for the home screen
 * @param timing         "SMR advised in 13 h", "SMR advised in 40 min" or "SMR advised now"; empty once relieved
 * @param smrAdvisedFrom onset + 24 h; empty once relieved
 */
public record EpisodeAdvice(Stage stage, String text, Optional<String> timing, Optional<Instant> smrAdvisedFrom) {

    /** How long the guide advises heat or ice and rest before SMR. */
    public static final Duration REST_PERIOD = Duration.ofHours(24);

    public static final String REST_TEXT =
            "Apply heat or ice and rest. The guide advises waiting about 24 hours after a spasm begins before SMR.";
    public static final String SMR_TEXT =
            "The first 24 hours have passed, so SMR can help now. Go slowly into the tender spots and breathe.";

    public enum Stage {
        /** Less than 24 hours since the onset: heat or ice and rest. */
        REST_FIRST,
        /** 24 hours or more since the onset and not relieved: SMR is advised. */
        SMR_ADVISED,
        /** The person marked the episode relieved. */
        RELIEVED
    }

    public EpisodeAdvice {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(text);
        Objects.requireNonNull(timing);
        Objects.requireNonNull(smrAdvisedFrom);
    }

    /** The advice for {@code episode} at {@code now}. */
    public static EpisodeAdvice of(SpasmEpisode episode, Instant now) {
        Objects.requireNonNull(now);
        if (episode.relievedAt().isPresent()) {
            Duration took = Duration.between(episode.onset(), episode.relievedAt().get());
            return new EpisodeAdvice(Stage.RELIEVED, "Relieved after " + inWords(took) + ".",
                    Optional.empty(), Optional.empty());
        }
        Instant from = smrAdvisedFrom(episode);
        if (now.isBefore(from)) {
            return new EpisodeAdvice(Stage.REST_FIRST, REST_TEXT,
                    Optional.of("SMR advised in " + untilWords(Duration.between(now, from))), Optional.of(from));
        }
        return new EpisodeAdvice(Stage.SMR_ADVISED, SMR_TEXT, Optional.of("SMR advised now"), Optional.of(from));
    }

    /** When SMR is advised for this episode: exactly 24 hours after its onset. */
    public static Instant smrAdvisedFrom(SpasmEpisode episode) {
        return episode.onset().plus(REST_PERIOD);
    }

    /** Whether {@code now} lies in the episode's rest period: not relieved, and less than 24 hours since onset. */
    public static boolean inRestPeriod(SpasmEpisode episode, Instant now) {
        return episode.isOngoing() && now.isBefore(smrAdvisedFrom(episode));
    }

    /**
     * A gentle warning for starting a session while the current episode (see {@link Episodes#current}) is in its
     * rest period; empty otherwise. The session may start either way.
     */
    public static Optional<String> startWarning(List<SpasmEpisode> episodes, Instant now) {
        return Episodes.current(episodes, now).flatMap(e -> startWarning(e, now));
    }

    /** A gentle warning for starting a session during this episode's rest period; empty outside it. */
    public static Optional<String> startWarning(SpasmEpisode episode, Instant now) {
        if (!inRestPeriod(episode, now)) {
            return Optional.empty();
        }
        return Optional.of("This spasm began less than 24 hours ago. The guide suggests heat or ice and rest "
                + "first, with SMR from about a day after it began (in "
                + untilWords(Duration.between(now, smrAdvisedFrom(episode)))
                + "). If you go ahead, go gently and ease off if the pain sharpens.");
    }

    /**
     * A positive wait, rounded up: under an hour in whole minutes ("40 min", "1 min" for a single second),
     * otherwise in whole hours ("13 h" for 12 h 0 min 1 s). A wait of 59 min 1 s reads "1 h", not "60 min".
     */
    static String untilWords(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return (seconds + 3599) / 3600 + " h";
    }

    /**
     * How long an episode lasted, in words, each unit rounded to the nearest (halves up): under a minute "less
     * than a minute"; under an hour "40 minutes"; under a day "5 hours"; otherwise "2 days" (1 day 12 h reads
     * "2 days"). Elapsed time, not calendar days: a spasm from 23:00 to 01:00 took "2 hours".
     */
    public static String inWords(Duration took) {
        long s = Math.max(0, took.getSeconds());
        long minutes = (s + 30) / 60;
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = (s + 1800) / 3600;
        if (hours < 24) {
            return plural(hours, "hour");
        }
        return plural((s + 43_200) / 86_400, "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
