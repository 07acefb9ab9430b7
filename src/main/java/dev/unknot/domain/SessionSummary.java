package dev.unknot.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of the history: a logged session without its steps, their seconds already summed.
 *
 * @param id             the log's row id ({@code find(id)} gives the steps)
 * @param startedAt      when it started (wall clock)
 * @param endedAt        when it ended; empty while it is still running (never null)
 * @param routineName    the routine's name as it was shown at the time
 * @param status         how it ended
 * @param doneSeconds    whole seconds really worked, over all steps
 * @param plannedSeconds the routine's planned seconds, over all steps, without extensions
 * @param painBefore     0–10 before starting; empty when not rated
 * @param painAfter      0–10 at the end; empty when not rated
 * @param note           the person's note; empty when none (never null)
 */
public record SessionSummary(long id, Instant startedAt, Optional<Instant> endedAt, String routineName,
                             SessionStatus status, int doneSeconds, int plannedSeconds, OptionalInt painBefore,
                             OptionalInt painAfter, String note) {

    public SessionSummary {
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(endedAt, "endedAt is Optional.empty(), never null");
        Objects.requireNonNull(routineName);
        Objects.requireNonNull(status);
        Objects.requireNonNull(painBefore);
        Objects.requireNonNull(painAfter);
        painBefore.ifPresent(Pain::requireScore);
        painAfter.ifPresent(Pain::requireScore);
        note = note == null ? "" : note;
    }

    /** The same line as the full session would give. */
    public static SessionSummary of(LoggedSession session) {
        return new SessionSummary(session.id(), session.startedAt(), session.endedAt(), session.routineName(),
                session.status(), session.doneSeconds(), session.plannedSeconds(), session.painBefore(),
                session.painAfter(), session.note());
    }
}
