package dev.unknot.domain;

import java.util.List;
import java.util.Optional;

/**
 * An immutable picture of a session at one clock reading: safe to hand to another thread.
 *
 * @param current               index of the current segment (the last one when the session is over)
 * @param phaseRemainingNanos   time left in the current phase (0 when over)
 * @param phaseLengthNanos      the current phase's full length, for a progress bar
 * @param sessionRemainingNanos time left to the end of the session if nothing is skipped or extended
 */
public record SessionSnapshot(SessionPlan plan, Phase phase, boolean paused, int current,
                              long phaseRemainingNanos, long phaseLengthNanos, long sessionRemainingNanos,
                              List<SegmentProgress> progress) {

    public SessionSnapshot {
        progress = List.copyOf(progress);
    }

    public Segment currentSegment() {
        return plan.segments().get(current);
    }

    public Optional<Segment> nextSegment() {
        int next = current + 1;
        return next < plan.segments().size() && !phase.isOver()
                ? Optional.of(plan.segments().get(next)) : Optional.empty();
    }

    /**
     * The session ended early at this snapshot, with the seconds worked as they stand here: what the log is given
     * when the session has to end and its engine cannot be asked (its thread does not answer). A session not running
     * (not started, or over) is returned as it is.
     */
    public SessionSnapshot endedEarly() {
        if (phase == Phase.READY || phase.isOver()) {
            return this;
        }
        return new SessionSnapshot(plan, Phase.ENDED_EARLY, false, current, 0, 0, 0, progress);
    }

    public int doneSeconds() {
        return progress.stream().mapToInt(SegmentProgress::doneSeconds).sum();
    }

    /**
     * Whether the session is worth a place in the log: some work was done. One ended before any (during the first
     * countdown, say) is not kept as a 0 s session.
     */
    public boolean hasWork() {
        return doneSeconds() > 0;
    }

    /** Whole seconds left in the phase as a countdown shows them: 10.0 s and 9.1 s both read 10. */
    public long phaseRemainingSecondsCeil() {
        return ceilSeconds(phaseRemainingNanos);
    }

    public long sessionRemainingSecondsCeil() {
        return ceilSeconds(sessionRemainingNanos);
    }

    static long ceilSeconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
