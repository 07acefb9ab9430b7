package dev.unknot.ui;

import dev.unknot.domain.Routine;
import dev.unknot.ui.session.SessionViewModel;
import dev.unknot.ui.summary.ReflectionSink;

import java.util.OptionalInt;
import java.util.function.Consumer;
import dev.unknot.domain.SelfCheck;

/** Makes a ready-to-start session for a routine, wired to the clock, the log and the sounds. */
@FunctionalInterface
public interface SessionStarter {

    /** A session about to start, and where its end-of-session rating and note are saved. */
    record Started(SessionViewModel session, ReflectionSink reflections, Consumer<SelfCheck> selfChecks) {
    }

    Started prepare(Routine routine, OptionalInt painBefore);
}
