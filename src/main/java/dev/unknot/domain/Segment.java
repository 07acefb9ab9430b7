package dev.unknot.domain;

/**
 * One timed block of a session: one side of one step. A per-side step becomes two segments.
 *
 * @param position       0-based order in the session; the log's {@code session_step.position}
 * @param stepIndex      which routine step it comes from
 * @param plannedSeconds the routine's minutes for this side, in seconds
 */
public record Segment(int position, int stepIndex, Target target, Tool tool, Side side, int plannedSeconds) {

    /** Whether this segment is the second side of the same step as {@code previous}. */
    public boolean continues(Segment previous) {
        return previous != null && previous.stepIndex == stepIndex;
    }
}
