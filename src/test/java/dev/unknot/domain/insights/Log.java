package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.TargetCatalogue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/** Hand-built logs: {@code Log.at("2024-01-08T00:30").work(GLUTE_MAX, "left", 300).pain(6, 4).build()}. */
final class Log {
    static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    /** UTC+1 in winter, UTC+2 in summer: local midnight is the previous day in UTC. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String LEFT = "left";
    static final String RIGHT = "right";
    static final String CENTRAL = "central";

    private static final AtomicLong IDS = new AtomicLong();

    private final LocalDateTime localStart;
    private ZoneId zone = BERLIN;
    private SessionStatus status = SessionStatus.FINISHED;
    private final List<LoggedStep> steps = new ArrayList<>();
    private OptionalInt before = OptionalInt.empty();
    private OptionalInt after = OptionalInt.empty();

    private Log(LocalDateTime localStart) {
        this.localStart = localStart;
    }

    /** A session starting at this local time (Berlin unless {@link #in} says otherwise). */
    static Log at(String localDateTime) {
        return new Log(LocalDateTime.parse(localDateTime));
    }

    Log in(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    Log status(SessionStatus status) {
        this.status = status;
        return this;
    }

    /** A step that really worked {@code doneSeconds}; the plan is always 5 minutes, which must not matter. */
    Log work(String targetId, String sideId, int doneSeconds) {
        steps.add(new LoggedStep(steps.size(), targetId, "softball", sideId, 300, doneSeconds));
        return this;
    }

    Log pain(Integer before, Integer after) {
        this.before = before == null ? OptionalInt.empty() : OptionalInt.of(before);
        this.after = after == null ? OptionalInt.empty() : OptionalInt.of(after);
        return this;
    }

    LoggedSession build() {
        return new LoggedSession(IDS.incrementAndGet(), localStart.atZone(zone).toInstant(), Optional.empty(),
                "test", "Test", status, steps, before, after, "");
    }
}
