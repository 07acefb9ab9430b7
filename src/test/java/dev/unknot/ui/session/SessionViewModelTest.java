package dev.unknot.ui.session;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.FakeWallClock;
import dev.unknot.domain.SleepWatch;
import dev.unknot.domain.Phase;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session view-model on plain JavaFX properties: no stage, no toolkit, a fake clock. */
class SessionViewModelTest {
    private final FakeClock clock = new FakeClock();
    private final ManualTicker ticker = new ManualTicker();
    private final List<List<Cue>> cueBatches = new ArrayList<>();
    private final List<SessionSnapshot> ended = new ArrayList<>();
    private final SessionViewModel vm = new SessionViewModel(
            SessionPlan.of(new BuiltInRoutines(new TargetCatalogue()).defaultRoutine(), 10),
            clock, new SessionListener() { }, ticker,
            events -> cueBatches.add(events.stream().map(CueEvent::cue).toList()));

    {
        vm.setOnEnded(ended::add);
    }

    @Test
    void startShowsTheFirstTargetInPositioningAndPlaysOneCueBatch() {
        vm.start();
        assertEquals("Get into position", vm.phaseLabelProperty().get());
        assertEquals("0:10", vm.remainingTextProperty().get());
        assertEquals("Glute max", vm.targetNameProperty().get());
        assertEquals("Left side", vm.sideTextProperty().get());
        assertEquals("Foam roller", vm.toolTextProperty().get());
        assertTrue(vm.nextTextProperty().get().startsWith("Next: Glute max — right side"));
        assertEquals("Target 1 of 5", vm.positionTextProperty().get());
        assertEquals(List.of(List.of(Cue.GET_INTO_POSITION)), cueBatches);
        assertTrue(ticker.running);
    }

    @Test
    void countdownFollowsTheClockNotTheTicks() {
        vm.start();
        clock.advanceSeconds(10);
        vm.tick();
        assertEquals("Work", vm.phaseLabelProperty().get());
        assertEquals("5:00", vm.remainingTextProperty().get());
        clock.advanceNanos(61_500_000_000L);
        vm.tick();
        assertEquals("3:59", vm.remainingTextProperty().get());
        assertEquals(Phase.WORKING, vm.phaseProperty().get());
    }

    @Test
    void secondSideIsAnnouncedAsASwitch() {
        vm.start();
        clock.advanceSeconds(10 + 300);
        vm.tick();
        assertEquals("Switch sides", vm.phaseLabelProperty().get());
        assertEquals("Right side", vm.sideTextProperty().get());
        // One jump over a whole side tells every cue it passed, in order, as many small ticks would.
        assertEquals(List.of(Cue.GO, Cue.ONE_MINUTE_LEFT, Cue.SWITCH_SIDE), cueBatches.get(cueBatches.size() - 1));
    }

    @Test
    void endAsksFirstAndCancelKeepsTheSessionRunning() {
        vm.start();
        vm.requestEnd();
        assertTrue(vm.confirmingEndProperty().get());
        vm.cancelEnd();
        assertFalse(vm.confirmingEndProperty().get());
        assertTrue(ended.isEmpty());
        assertEquals(Phase.POSITIONING, vm.phaseProperty().get());
    }

    @Test
    void confirmedEndReportsTheFinalSnapshotOnceAndStopsTheTicker() {
        vm.start();
        clock.advanceSeconds(10 + 30);
        vm.requestEnd();
        vm.confirmEnd();
        assertEquals(1, ended.size());
        assertEquals(Phase.ENDED_EARLY, ended.get(0).phase());
        assertEquals(30, ended.get(0).doneSeconds());
        assertFalse(ticker.running);
        vm.confirmEnd();
        assertEquals(1, ended.size());
    }

    @Test
    void pauseShowsPausedAndFreezesTheCountdown() {
        vm.start();
        clock.advanceSeconds(10 + 5);
        vm.togglePause();
        assertEquals("Paused", vm.phaseLabelProperty().get());
        assertTrue(vm.pausedProperty().get());
        clock.advanceSeconds(600);
        vm.tick();
        assertEquals("4:55", vm.remainingTextProperty().get());
    }

    @Test
    void theFigureFollowsTheTargetSideAndToolAndStopsMovingWhilePaused() {
        assertFalse(vm.poseMovingProperty().get(), "still before the session starts");
        vm.start();
        assertEquals(TargetCatalogue.GLUTE_MAX, vm.poseProperty().get().guide().id());
        assertEquals(Side.LEFT, vm.poseProperty().get().side());
        assertEquals(Tool.FOAM_ROLLER, vm.poseProperty().get().tool());
        assertTrue(vm.poseMovingProperty().get(), "moves while getting into position");
        clock.advanceSeconds(10 + 5);
        vm.tick();
        assertTrue(vm.poseMovingProperty().get(), "and while working");
        vm.togglePause();
        assertFalse(vm.poseMovingProperty().get(), "stopped while paused");
        vm.togglePause();
        assertTrue(vm.poseMovingProperty().get(), "moves again on resume");
        clock.advanceSeconds(300);
        vm.tick();
        assertEquals(Side.RIGHT, vm.poseProperty().get().side(), "the second side is drawn mirrored");
        vm.requestEnd();
        vm.confirmEnd();
        assertFalse(vm.poseMovingProperty().get(), "still once the session is over");
    }

    @Test
    void aSleptComputerPausesTheSessionWithAPlainNoticeThatGoesWhenItRunsAgain() {
        FakeWallClock wall = new FakeWallClock(Instant.parse("2026-11-25T21:00:00Z"));
        SessionViewModel watched = new SessionViewModel(
                SessionPlan.of(new BuiltInRoutines(new TargetCatalogue()).defaultRoutine(), 10),
                clock, SleepWatch.of(wall), new SessionListener() { }, ticker, batch -> { });
        watched.start();
        for (int second = 0; second < 10 + 60; second++) { // awake: both clocks move, a tick a second
            clock.advanceSeconds(1);
            wall.advance(Duration.ofSeconds(1));
            watched.tick();
        }
        assertEquals("", watched.sleptNoticeProperty().get());

        wall.advance(Duration.ofMinutes(12));
        watched.tick();

        assertTrue(watched.pausedProperty().get());
        assertEquals("Paused", watched.phaseLabelProperty().get());
        assertEquals("4:00", watched.remainingTextProperty().get());
        assertEquals("Paused while the computer was asleep (12 min). That time is not counted. Press Space to go on.",
                watched.sleptNoticeProperty().get());

        watched.togglePause();
        assertEquals("", watched.sleptNoticeProperty().get());
        assertEquals("Work", watched.phaseLabelProperty().get());
    }

    @Test
    void nextOutOfTheLastStepAsksFirstAndEndsEarlyOnlyWhenConfirmed() {
        vm.start();
        for (int i = 0; i < 17; i++) {
            vm.next(); // positioning and work of the nine segments, up to the last one's work
        }
        assertEquals("Work", vm.phaseLabelProperty().get());
        assertEquals("Target 5 of 5", vm.positionTextProperty().get());

        vm.next();

        assertTrue(vm.confirmingEndProperty().get(), "Next past the end asks, as End does");
        assertEquals(SessionViewModel.LAST_STEP_QUESTION, vm.endQuestionProperty().get());
        assertTrue(ended.isEmpty());
        vm.cancelEnd();
        assertEquals(Phase.WORKING, vm.phaseProperty().get());

        vm.next();
        vm.confirmEnd();
        assertEquals(1, ended.size());
        assertEquals(Phase.ENDED_EARLY, ended.get(0).phase());
    }

    @Test
    void endAsksWithWhatIsKept() {
        vm.start();
        vm.requestEnd();
        assertEquals(SessionViewModel.END_QUESTION, vm.endQuestionProperty().get());
        assertEquals("Nothing has been worked yet, so nothing will be logged.", vm.endDetailProperty().get());
        vm.cancelEnd();
        clock.advanceSeconds(10 + 75);
        vm.tick();
        vm.requestEnd();
        assertEquals("Everything worked so far (1 min 15 s) is kept in your log.", vm.endDetailProperty().get());
    }

    @Test
    void plusPastThirtyMinutesIsRefusedAndSaidUntilTheSideChanges() {
        vm.start();
        clock.advanceSeconds(10);
        vm.tick();
        for (int i = 0; i < 25; i++) {
            vm.extendOneMinute();
            assertEquals("", vm.limitNoticeProperty().get(), "minute " + (i + 6) + " is allowed");
        }
        assertEquals("30:00", vm.remainingTextProperty().get());

        vm.extendOneMinute();

        assertEquals("30:00", vm.remainingTextProperty().get());
        assertEquals(SessionViewModel.LIMIT_NOTICE, vm.limitNoticeProperty().get());
        vm.next();
        assertEquals("", vm.limitNoticeProperty().get(), "the notice was about the side just left");
    }

    /** Ticks only when the test says so. */
    private static final class ManualTicker implements Ticker {
        boolean running;
        LongSupplier nanosToNext;

        @Override
        public void start(LongSupplier nanosToNext, Runnable onTick) {
            this.nanosToNext = nanosToNext;
            running = true;
        }

        @Override
        public void reschedule() {
            assertNotNull(nanosToNext);
        }

        @Override
        public void stop() {
            running = false;
        }
    }
}
