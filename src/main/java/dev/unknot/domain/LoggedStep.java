package dev.unknot.domain;

import java.util.Objects;

/**
 * One logged segment of a session, as the log holds it. The ids are kept as plain strings (not looked up in the
 * catalogue) so that an old log still loads after a target, tool or side has been retired.
 *
 * @param position       0-based order in the session ({@link Segment#position()})
 * @param targetId       {@link Target#id()}
 * @param toolId         {@link Tool#id()}
 * @param sideId         {@link Side#id()}: left, right or central
 * @param plannedSeconds the routine's time for this segment, without extensions
 * @param doneSeconds    whole seconds really worked on it
 */
public record LoggedStep(int position, String targetId, String toolId, String sideId, int plannedSeconds,
                         int doneSeconds) {

    public LoggedStep {
        Objects.requireNonNull(targetId);
        Objects.requireNonNull(toolId);
        Objects.requireNonNull(sideId);
    }
}
