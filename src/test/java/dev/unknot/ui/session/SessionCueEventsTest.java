package dev.unknot.ui.session;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.TargetCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each cue reaches the sink with the segment it is about, so a spoken cue can name the target, side and tool. */
class SessionCueEventsTest {
    /** Ticks only when the test calls {@code tick()}. */
    private static final Ticker NO_TICKS = new Ticker() {
        @Override
        public void start(java.util.function.LongSupplier nanosToNext, Runnable onTick) {
        }

        @Override
        public void reschedule() {
        }

        @Override
        public void stop() {
        }
    };
    private final FakeClock clock = new FakeClock();
    private final List<String> heard = new ArrayList<>();
    private final SessionViewModel vm = new SessionViewModel(
            SessionPlan.of(new BuiltInRoutines(new TargetCatalogue()).defaultRoutine(), 10),
            clock, new SessionListener() { }, NO_TICKS, events -> heard.add(describe(events)));

    private static String describe(List<CueEvent> events) {
        return String.join(", ", events.stream().map(e -> e.cue() + " " + e.segment().target().id() + " "
                + e.segment().side().id() + " " + e.segment().tool().id()).toList());
    }

    @Test
    void eachCueCarriesTheSegmentItIsAbout() {
        vm.start();
        clock.advanceSeconds(10 + 300 + 10 + 300);
        vm.tick();
        assertEquals(List.of(
                "GET_INTO_POSITION glute_max left foam_roller",
                "GO glute_max left foam_roller, ONE_MINUTE_LEFT glute_max left foam_roller, "
                        + "SWITCH_SIDE glute_max right foam_roller, GO glute_max right foam_roller, "
                        + "ONE_MINUTE_LEFT glute_max right foam_roller, TARGET_DONE glute_max right foam_roller, "
                        + "GET_INTO_POSITION piriformis left lacrosse_ball"), heard);
    }

    @Test
    void theLastCueIsAboutTheLastSegment() {
        vm.start();
        heard.clear();
        while (!vm.positionTextProperty().get().equals("Target 5 of 5")
                || vm.phaseProperty().get() != dev.unknot.domain.Phase.WORKING || !vm.sideTextProperty().get().startsWith("Right")) {
            vm.next(); // skip ahead to the last side's work; Next out of it would ask, so it runs out
        }
        clock.advanceSeconds(300);
        vm.tick();
        assertEquals(Cue.SESSION_DONE.name() + " psoas right softball", heard.get(heard.size() - 1)
                .substring(heard.get(heard.size() - 1).lastIndexOf("SESSION_DONE")));
    }
}
