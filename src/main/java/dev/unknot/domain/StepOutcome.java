package dev.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one step (a target on one side) of a session went, for the end summary and the history: whether its planned
 * time was worked, or it was skipped, cut short, ended on, or never reached.
 */
public enum StepOutcome {
    /** Its planned time (or more) was worked. */
    DONE("done"),
    /** Skipped ahead of (Next) with some of its time worked. */
    CUT_SHORT("cut short"),
    /** Skipped ahead of (Next) before any of its time was worked. */
    SKIPPED("skipped"),
    /** The session ended during this step. */
    ENDED_HERE("ended here"),
    /** The session ended before this step. */
    NOT_REACHED("not reached");

    private final String label;

    StepOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the person moved on from this step before its time was up. */
    public boolean skipped() {
        return this == CUT_SHORT || this == SKIPPED;
    }

    /** One step's planned and worked seconds. */
    public record Seconds(int planned, int done) {
    }

    /**
     * The outcome of each step.
     *
     * @param endedAt the index of the step the session was on when it ended, or -1 when not known (a logged
     *                session): then it is the last step with any work, and every step after it was not reached
     */
    public static List<StepOutcome> of(SessionStatus status, List<Seconds> steps, int endedAt) {
        Objects.requireNonNull(status);
        int last = steps.size() - 1;
        int endIndex = endedAt;
        if (status == SessionStatus.FINISHED) {
            endIndex = last; // the plan ran to its end
        } else if (endIndex < 0) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).done() > 0) {
                    endIndex = i;
                }
            }
        }
        List<StepOutcome> outcomes = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Seconds s = steps.get(i);
            if (s.done() >= s.planned()) {
                outcomes.add(DONE);
            } else if (i < endIndex || (i == endIndex && status == SessionStatus.FINISHED)) {
                outcomes.add(s.done() > 0 ? CUT_SHORT : SKIPPED);
            } else if (i == endIndex) {
                outcomes.add(ENDED_HERE);
            } else {
                outcomes.add(NOT_REACHED);
            }
        }
        return List.copyOf(outcomes);
    }

    /** The steps of a session as it stands in a snapshot (the end summary). */
    public static List<StepOutcome> of(SessionSnapshot snapshot) {
        return of(SessionStatus.of(snapshot.phase()), snapshot.progress().stream()
                .map(p -> new Seconds(p.segment().plannedSeconds(), p.doneSeconds())).toList(), snapshot.current());
    }

    /** The steps of a logged session (the history). */
    public static List<StepOutcome> of(LoggedSession session) {
        return of(session.status(), session.steps().stream()
                .map(s -> new Seconds(s.plannedSeconds(), s.doneSeconds())).toList(), -1);
    }
}
