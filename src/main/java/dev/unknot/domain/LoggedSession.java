package dev.unknot.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A session as the log holds it.
 *
 * @param id          the log's row id
 * @param startedAt   when it started (wall clock)
 * @param endedAt     when it ended; empty while it is still running (never null)
 * @param routineId   {@link Routine#id()} at the time
 * @param routineName the routine's name as it was shown at the time
 * @param steps       its segments in {@link LoggedStep#position()} order
 * @param painBefore  0–10 as rated on the home screen before starting; empty when not rated
 * @param painAfter   0–10 as rated on the end summary; empty when not rated
 * @param note        the person's free-text note; empty when none (never null)
 */
public record LoggedSession(long id, Instant startedAt, Optional<Instant> endedAt, String routineId,
                            String routineName, SessionStatus status, List<LoggedStep> steps,
                            OptionalInt painBefore, OptionalInt painAfter, String note) {

    public LoggedSession {
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(endedAt, "endedAt is Optional.empty(), never null");
        Objects.requireNonNull(routineId);
        Objects.requireNonNull(routineName);
        Objects.requireNonNull(status);
        steps = List.copyOf(steps);
        Objects.requireNonNull(painBefore);
        Objects.requireNonNull(painAfter);
        painBefore.ifPresent(Pain::requireScore);
        painAfter.ifPresent(Pain::requireScore);
        note = note == null ? "" : note;
    }

    /** Whole seconds really worked, over all steps. */
    public int doneSeconds() {
        return steps.stream().mapToInt(LoggedStep::doneSeconds).sum();
    }

    /** The routine's planned seconds, over all steps, without extensions. */
    public int plannedSeconds() {
        return steps.stream().mapToInt(LoggedStep::plannedSeconds).sum();
    }
}
