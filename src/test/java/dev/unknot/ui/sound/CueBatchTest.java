package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.unknot.domain.Cue.GET_INTO_POSITION;
import static dev.unknot.domain.Cue.GO;
import static dev.unknot.domain.Cue.ONE_MINUTE_LEFT;
import static dev.unknot.domain.Cue.SESSION_DONE;
import static dev.unknot.domain.Cue.SWITCH_SIDE;
import static dev.unknot.domain.Cue.TARGET_DONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CueBatchTest {
    private final List<Cue> played = new ArrayList<>();
    private final CueBatch batch = new CueBatch(played::add);

    @Test
    void nextTargetWinsOverTargetDone() {
        assertEquals(Optional.of(GET_INTO_POSITION), batch.loudest(List.of(TARGET_DONE, GET_INTO_POSITION)));
    }

    @Test
    void sessionDoneWinsAtTheEnd() {
        assertEquals(Optional.of(SESSION_DONE), batch.loudest(List.of(TARGET_DONE, SESSION_DONE)));
    }

    @Test
    void fullPriorityOrder() {
        List<Cue> order = List.of(SESSION_DONE, SWITCH_SIDE, GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, TARGET_DONE);
        for (int i = 0; i < order.size(); i++) {
            List<Cue> rest = new ArrayList<>(order.subList(i, order.size()));
            java.util.Collections.reverse(rest);
            assertEquals(Optional.of(order.get(i)), batch.loudest(rest), "among " + rest);
        }
        assertEquals(Optional.of(SWITCH_SIDE), batch.loudest(List.of(GO, ONE_MINUTE_LEFT, SWITCH_SIDE)));
    }

    @Test
    void aLoneCueIsItselfAndNoCuesIsNothing() {
        assertEquals(Optional.of(ONE_MINUTE_LEFT), batch.loudest(List.of(ONE_MINUTE_LEFT)));
        assertEquals(Optional.empty(), batch.loudest(List.of()));
    }

    @Test
    void acceptPlaysOnlyTheLoudest() {
        batch.accept(List.of(Segments.event(TARGET_DONE, 0), Segments.event(GET_INTO_POSITION, 1)));
        batch.accept(List.of());
        batch.accept(List.of(Segments.event(TARGET_DONE, 4), Segments.event(SESSION_DONE, 4)));
        assertEquals(List.of(GET_INTO_POSITION, SESSION_DONE), played);
    }

    @Test
    void theLoudestCueIsPlayedAboutTheSegmentItFiredFor() {
        List<String> heard = new ArrayList<>();
        CueBatch speaking = new CueBatch(new CuePlayer() {
            @Override
            public void play(Cue cue) {
                throw new AssertionError("the batch knows the segment");
            }

            @Override
            public void play(Cue cue, Segment segment) {
                heard.add(cue + " " + segment.target().id() + " " + segment.side().id());
            }
        });
        // Glute max right side ends; piriformis left comes next. The cue is about piriformis, not glute max.
        speaking.accept(List.of(Segments.event(TARGET_DONE, 1), Segments.event(GET_INTO_POSITION, 2)));
        // A late one-minute cue, then a side ends and the other begins: the switch, about the new side.
        speaking.accept(List.of(Segments.event(ONE_MINUTE_LEFT, 2), Segments.event(SWITCH_SIDE, 3)));
        assertEquals(List.of("GET_INTO_POSITION piriformis left", "SWITCH_SIDE piriformis right"), heard);
    }

    @Test
    void tonesPlayTheLoudestWithoutASegment() {
        batch.tones(List.of(TARGET_DONE, GET_INTO_POSITION));
        batch.tones(List.of());
        batch.tones(List.of(SWITCH_SIDE));
        assertEquals(List.of(GET_INTO_POSITION, SWITCH_SIDE), played);
    }
}
