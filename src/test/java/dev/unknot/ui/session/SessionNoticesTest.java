package dev.unknot.ui.session;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Desktop notices come at the end of a side, a target and the session, and only while the window is not in front. */
class SessionNoticesTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    /** Piriformis left and right at 5 min, then the TLF at 5 min; 10 s to get into position. */
    private static final Routine TWO_TARGETS = new Routine("test:two", "Two targets", List.of(
            new Step(CATALOGUE.byId(TargetCatalogue.PIRIFORMIS), Tool.LACROSSE_BALL, Sides.BOTH, 5),
            new Step(CATALOGUE.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 5)), false);

    private final FakeClock clock = new FakeClock();
    private final List<SessionNotices.Notice> shown = new ArrayList<>();
    private boolean focused;
    private final SessionViewModel vm = new SessionViewModel(SessionPlan.of(TWO_TARGETS, 10), clock,
            new SessionListener() { }, new IdleTicker(), cues -> { });

    {
        vm.setNotices(new SessionNotices(() -> focused, shown::add));
    }

    @Test
    void aSideEndingWhileTheWindowIsBehindSaysSwitchSidesAndWhatComesNext() {
        vm.start();
        clock.advanceSeconds(10 + 300);
        vm.tick();
        assertEquals(List.of(new SessionNotices.Notice("Switch sides", "Piriformis — right side, lacrosse ball.")), shown);
    }

    @Test
    void aTargetEndingNamesItAndTheNextTarget() {
        vm.start();
        clock.advanceSeconds(10 + 300);
        vm.tick();
        shown.clear();
        clock.advanceSeconds(10 + 300);
        vm.tick();
        assertEquals(List.of(new SessionNotices.Notice("Piriformis done",
                "Next: get into position for TLF (thoracolumbar fascia), foam roller.")), shown);
    }

    @Test
    void theSessionEndingIsOneNoticeNotTwo() {
        vm.start();
        clock.advanceSeconds(3 * (10 + 300));
        vm.tick();
        assertEquals(new SessionNotices.Notice("Session complete", "Two targets is done. Your summary is on screen."),
                shown.get(shown.size() - 1));
        assertEquals(1, shown.stream().filter(n -> n.title().equals("Session complete")).count());
        assertEquals(0, shown.stream().filter(n -> n.title().startsWith("TLF")).count());
    }

    @Test
    void nothingIsShownWhileTheWindowIsInFront() {
        focused = true;
        vm.start();
        clock.advanceSeconds(3 * (10 + 300));
        vm.tick();
        assertEquals(List.of(), shown);
    }

    @Test
    void startingAndGoingToWorkAreNotNotified() {
        vm.start();
        clock.advanceSeconds(10);
        vm.tick();
        assertEquals(List.of(), shown);
    }

    private static final class IdleTicker implements Ticker {
        @Override
        public void start(LongSupplier nanosToNext, Runnable onTick) {
        }

        @Override
        public void reschedule() {
        }

        @Override
        public void stop() {
        }
    }
}
