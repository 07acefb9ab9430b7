package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plays the cues of one instant as a single sound. When a target ends, TARGET_DONE and GET_INTO_POSITION fire
 * together (or TARGET_DONE and SESSION_DONE at the very end); overlapping sounds would be mush, so only the one
 * that matters most plays, about the segment it fired for. Fits {@code SessionViewModel}'s cue sink.
 */
public final class CueBatch implements Consumer<List<CueEvent>> {
    private final CuePlayer player;

    public CueBatch(CuePlayer player) {
        this.player = Objects.requireNonNull(player);
    }

    /** Plays the most important of these cues (the last of equals), or nothing for an empty batch. */
    @Override
    public void accept(List<CueEvent> events) {
        loudest(events.stream().map(CueEvent::cue).toList()).ifPresent(cue -> {
            CueEvent event = events.stream().filter(e -> e.cue() == cue).reduce((first, last) -> last).orElseThrow();
            player.play(cue, event.segment());
        });
    }

    /** Plays the most important of these cues as a tone alone: for timers whose cues are about no SMR target. */
    public void tones(List<Cue> cues) {
        loudest(cues).ifPresent(player::play);
    }

    /** SESSION_DONE > SWITCH_SIDE > GET_INTO_POSITION > GO > ONE_MINUTE_LEFT > TARGET_DONE; empty for no cues. */
    public Optional<Cue> loudest(List<Cue> cues) {
        return cues.stream().min(Comparator.comparingInt(CueBatch::rank));
    }

    private static int rank(Cue cue) {
        return switch (cue) {
            case SESSION_DONE -> 0;
            case SWITCH_SIDE -> 1;
            case GET_INTO_POSITION -> 2;
            case GO -> 3;
            case ONE_MINUTE_LEFT -> 4;
            case TARGET_DONE -> 5;
        };
    }
}
