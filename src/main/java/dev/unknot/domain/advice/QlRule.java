package dev.unknot.domain.advice;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Region;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.SpasmEpisode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When the QL joins the built-in Low back routine. The guide: "a little bit of the QL a few days later".
 *
 * <p>The QL is offered exactly when there is an ongoing (not relieved) <em>low-back</em> episode whose onset
 * lies at least {@link Settings#qlAfterDays()} days back: {@code onset + N × 24 h <= now}. Decisions taken here:
 * <ul>
 *   <li>With no ongoing episode the QL is never offered: "a few days later" counts from a spasm, and a person
 *       who wants the QL without one can put it in a routine of their own.</li>
 *   <li>An upper-back episode does not bring the QL in: the QL is a low-back muscle.</li>
 *   <li>Days are elapsed multiples of 24 hours from the onset, not calendar days.</li>
 *   <li>When several low-back episodes go on at once, the oldest decides (any one old enough offers it).</li>
 * </ul>
 */
public final class QlRule {
    private QlRule() {
    }

    /** Whether the QL is offered in Low back at {@code now}. */
    public static boolean offered(List<SpasmEpisode> episodes, Settings settings, Instant now) {
        Objects.requireNonNull(settings);
        return Episodes.ongoing(episodes, now).stream()
                .filter(e -> e.region() == Region.LOW_BACK)
                .anyMatch(e -> !offeredFrom(e, settings).isAfter(now));
    }

    /** The instant from which this episode brings the QL in: onset + {@code qlAfterDays} × 24 h. */
    public static Instant offeredFrom(SpasmEpisode episode, Settings settings) {
        return episode.onset().plus(Duration.ofDays(settings.qlAfterDays()));
    }

    /** The built-in Low back routine at {@code now}: with the QL appended when it is offered. */
    public static Routine lowBack(BuiltInRoutines builtIns, List<SpasmEpisode> episodes, Settings settings,
                                 Instant now) {
        return builtIns.lowBack(offered(episodes, settings, now));
    }
}
