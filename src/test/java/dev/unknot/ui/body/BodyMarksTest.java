package dev.unknot.ui.body;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.ui.home.HomeViewModel;
import dev.unknot.ui.session.SessionViewModel;
import dev.unknot.ui.session.Ticker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the start screen and the session screen ask the body outline to light; plain properties, no stage. */
class BodyMarksTest {
    private final BuiltInRoutines builtIns = new BuiltInRoutines(new TargetCatalogue());

    @Test
    void theStartScreenMarksEveryTargetOfTheSelectedRoutine() {
        HomeViewModel vm = new HomeViewModel(builtIns.all(), null, 10);
        assertEquals(BodyMark.of(builtIns.defaultRoutine()), vm.bodyMarksProperty().get());

        vm.selectedProperty().set(builtIns.all().get(1));
        assertEquals(List.of(new BodyMark(TargetCatalogue.UPPER_BACK, Side.CENTRAL)), vm.bodyMarksProperty().get());
    }

    @Test
    void theSessionMarksTheCurrentTargetAndSideAndFollowsNext() {
        SessionViewModel vm = new SessionViewModel(SessionPlan.of(builtIns.defaultRoutine(), 10), new FakeClock(),
                new SessionListener() { }, new IdleTicker(), cues -> { });
        vm.start();
        assertEquals(List.of(new BodyMark(TargetCatalogue.GLUTE_MAX, Side.LEFT)), vm.bodyMarksProperty().get());
        vm.next(); // positioning to work: same side
        vm.next(); // the right side
        assertEquals(List.of(new BodyMark(TargetCatalogue.GLUTE_MAX, Side.RIGHT)), vm.bodyMarksProperty().get());
        vm.next();
        vm.next();
        assertEquals(List.of(new BodyMark(TargetCatalogue.PIRIFORMIS, Side.LEFT)), vm.bodyMarksProperty().get());
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
