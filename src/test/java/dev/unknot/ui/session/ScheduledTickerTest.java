package dev.unknot.ui.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pending-wake-up rule on a fake scheduler: whatever calls it (start, a command's reschedule, the tick
 * itself re-planning as the view-models do), exactly one wake-up is ever pending while the ticker runs.
 */
class ScheduledTickerTest {
    private final FakeScheduler scheduler = new FakeScheduler();
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final ScheduledTicker ticker = new ScheduledTicker(1_000, () -> scheduler, uiQueue::add);
    private int ticks;

    /** Like the session and strengthening view-models: every tick ends by asking the ticker to re-plan. */
    private void startLikeAViewModel() {
        ticker.start(() -> 1_000_000_000L, () -> {
            ticks++;
            ticker.reschedule();
        });
        ticker.reschedule(); // the start command re-plans too
    }

    @Test
    void oneWakeUpIsPendingAfterStartAndAfterEveryTickForAWholeSession() {
        startLikeAViewModel();
        assertEquals(1, scheduler.pending());
        for (int second = 1; second <= 47 * 60; second++) {
            scheduler.fireDue();
            runUiThread();
            assertEquals(1, scheduler.pending(), "pending wake-ups after second " + second);
        }
        assertEquals(47 * 60, ticks);
    }

    @Test
    void manyCommandsInARowLeaveOneWakeUp() {
        startLikeAViewModel();
        for (int i = 0; i < 30; i++) {
            ticker.reschedule();
        }
        assertEquals(1, scheduler.pending());
        scheduler.fireDue();
        runUiThread();
        assertEquals(1, ticks);
        assertEquals(1, scheduler.pending());
    }

    @Test
    void aWakeUpAlreadyOnItsWayIsDroppedWhenACommandRePlansFirst() {
        startLikeAViewModel();
        scheduler.fireDue(); // handed to the UI thread, not yet run there
        ticker.reschedule(); // a key press on the UI thread before it
        runUiThread();
        assertEquals(0, ticks, "the stale wake-up must not tick");
        assertEquals(1, scheduler.pending());
        scheduler.fireDue();
        runUiThread();
        assertEquals(1, ticks);
    }

    @Test
    void stopLeavesNothingPendingAndALateWakeUpDoesNothing() {
        startLikeAViewModel();
        scheduler.fireDue();
        ticker.stop();
        runUiThread();
        assertEquals(0, ticks);
        assertEquals(0, scheduler.pending());
        assertEquals(1, scheduler.shutdowns);
    }

    @Test
    void aTickThatStopsTheTickerPlansNothingMore() {
        ticker.start(() -> 1_000_000L, () -> {
            ticks++;
            ticker.stop(); // the session ended on this tick
        });
        scheduler.fireDue();
        runUiThread();
        assertEquals(1, ticks);
        assertEquals(0, scheduler.pending());
    }

    @Test
    void restartingDropsTheOldPlan() {
        startLikeAViewModel();
        startLikeAViewModel();
        assertEquals(1, scheduler.pending());
    }

    private void runUiThread() {
        Runnable r;
        while ((r = uiQueue.poll()) != null) {
            r.run();
        }
    }

    /** Holds scheduled tasks until the test fires them; counts those neither run nor cancelled. */
    private static final class FakeScheduler implements ScheduledTicker.Scheduler {
        private final List<Task> tasks = new ArrayList<>();
        int shutdowns;

        @Override
        public Runnable schedule(Runnable task, long delayNanos) {
            Task t = new Task(task);
            tasks.add(t);
            return () -> t.cancelled = true;
        }

        @Override
        public void shutdown() {
            shutdowns++;
        }

        int pending() {
            return (int) tasks.stream().filter(t -> !t.cancelled && !t.ran).count();
        }

        /** Runs every task pending now (all are due: the test stands at the next second). */
        void fireDue() {
            for (Task t : List.copyOf(tasks)) {
                if (!t.cancelled && !t.ran) {
                    t.ran = true;
                    t.body.run();
                }
            }
        }

        private static final class Task {
            final Runnable body;
            boolean cancelled;
            boolean ran;

            Task(Runnable body) {
                this.body = body;
            }
        }
    }
}
