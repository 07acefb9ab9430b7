package dev.unknot.domain;

import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link SessionSnapshot#endedEarly()}, what the app's exit logs when the UI thread that owns the engine does not
 * answer: the same as the engine's own end at the snapshot's moment.
 */
class SessionSnapshotEndedEarlyTest {

    @Test
    void isWhatTheEngineEndsWithAtTheSameMomentWhereverTheSessionIs() {
        assertSameAsTheEngine(s -> s.runSeconds(4));                          // positioning
        assertSameAsTheEngine(s -> s.runSeconds(10 + 42));                    // working, between checkpoints
        assertSameAsTheEngine(s -> {                                          // paused while working
            s.runSeconds(10 + 20);
            s.engine.togglePause();
            s.runSeconds(30);
        });
        assertSameAsTheEngine(s -> {                                          // the second side, extended
            s.runSeconds(10 + 300 + 10 + 7);
            s.engine.extendOneMinute();
            s.runSeconds(3);
        });
        assertSameAsTheEngine(s -> {                                          // skipped ahead to the last target
            s.engine.next();
            s.engine.next();
            s.engine.next();
            s.jumpSeconds(12.6);
        });
    }

    private static void assertSameAsTheEngine(Consumer<Sessions> before) {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        before.accept(s);
        SessionSnapshot last = s.snap();

        s.engine.endEarly();

        assertEquals(s.snap(), last.endedEarly());
        assertEquals(Phase.ENDED_EARLY, last.endedEarly().phase());
    }

    @Test
    void aSessionNotRunningIsReturnedAsItIs() {
        Sessions ready = new Sessions(Sessions.gluteThenTlf());
        SessionSnapshot notStarted = ready.snap();
        assertSame(notStarted, notStarted.endedEarly());

        Sessions finished = new Sessions(Sessions.upperBack(5)).started();
        finished.jumpSeconds(10);
        finished.jumpSeconds(300);
        SessionSnapshot over = finished.snap();
        assertEquals(Phase.FINISHED, over.phase());
        assertSame(over, over.endedEarly());
    }
}
