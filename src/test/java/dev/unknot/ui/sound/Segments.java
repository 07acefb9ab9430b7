package dev.unknot.ui.sound;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;
import dev.unknot.domain.Phase;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;

import java.util.List;

/** Segments and cue events for the sound tests, from the built-in Low back routine. */
final class Segments {
    static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    /** Glute max L, R; piriformis L, R; glute medius & minimus L, R; TLF; psoas L, R. */
    static final SessionPlan LOW_BACK = SessionPlan.of(new BuiltInRoutines(CATALOGUE).defaultRoutine(), 10);

    private Segments() {
    }

    static CueEvent event(Cue cue, int segment) {
        Phase phase = switch (cue) {
            case SESSION_DONE -> Phase.FINISHED;
            case GO, ONE_MINUTE_LEFT, TARGET_DONE -> Phase.WORKING;
            default -> Phase.POSITIONING;
        };
        return new CueEvent(cue, new SessionSnapshot(LOW_BACK, phase, false, segment, 0, 0, 0, List.of()));
    }

    static Segment of(String targetId, Side side, Tool tool) {
        return new Segment(0, 0, CATALOGUE.byId(targetId), tool, side, 300);
    }
}
