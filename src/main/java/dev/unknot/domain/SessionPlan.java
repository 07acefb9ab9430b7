package dev.unknot.domain;

import java.util.ArrayList;
import java.util.List;

/** A routine unrolled into timed segments, with the reposition countdown that precedes each one. */
public record SessionPlan(String routineId, String routineName, List<Segment> segments, int repositionSeconds) {

    public static final int MAX_REPOSITION_SECONDS = 60;

    public SessionPlan {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new ValidationException("A session needs at least one step.");
        }
        if (repositionSeconds < 0 || repositionSeconds > MAX_REPOSITION_SECONDS) {
            throw new ValidationException("The reposition countdown must be from 0 to "
                    + MAX_REPOSITION_SECONDS + " seconds (got " + repositionSeconds + ").");
        }
    }

    public static SessionPlan of(Routine routine, int repositionSeconds) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            for (Side side : step.sides().order()) {
                segments.add(new Segment(segments.size(), i, step.target(), step.tool(), side, step.minutes() * 60));
            }
        }
        return new SessionPlan(routine.id(), routine.name(), segments, repositionSeconds);
    }

    public int plannedSeconds() {
        return segments.stream().mapToInt(Segment::plannedSeconds).sum();
    }
}
