package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The rules every insight shares: what counts as worked time and which day a session belongs to. */
final class Worked {
    private Worked() {
    }

    /** Seconds a step really worked; nothing for zero or negative. */
    static long seconds(LoggedStep step) {
        return Math.max(0, step.doneSeconds());
    }

    /** Seconds a session really worked, over its steps. */
    static long seconds(LoggedSession session) {
        long sum = 0;
        for (LoggedStep step : session.steps()) {
            sum += seconds(step);
        }
        return sum;
    }

    static boolean counts(LoggedSession session) {
        return seconds(session) > 0;
    }

    /** The local date on which the session started. */
    static LocalDate date(LoggedSession session, ZoneId zone) {
        return LocalDate.ofInstant(session.startedAt(), zone);
    }

    static double minutes(long seconds) {
        return seconds / 60.0;
    }

    /** Checks the inputs every insight takes and drops the sessions that count as nothing. */
    static List<LoggedSession> counting(List<LoggedSession> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        return sessions.stream().map(Objects::requireNonNull).filter(Worked::counts).toList();
    }
}
