package dev.unknot.ui.session;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.TargetCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real ticker on its real timer thread, in real time, driving the real session view-model: it must wake
 * the UI thread about once per shown second, not once more every second the session has run.
 */
class ScheduledTickerRealTimeTest {
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui-thread");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stopUiThread() {
        uiThread.shutdownNow();
    }

    @Test
    void aRealSessionIsWokenOncePerSecondNotMoreAndMore() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        Ticker counting = counting(new ScheduledTicker(1_000, ScheduledTicker::daemonScheduler,
                uiThread), ticks);
        SessionPlan plan = SessionPlan.of(new BuiltInRoutines(new TargetCatalogue()).defaultRoutine(), 10);
        CountDownLatch fourSecondsShown = new CountDownLatch(1);
        uiThread.submit(() -> {
            SessionViewModel vm = new SessionViewModel(plan, MonotonicClock.system(), new SessionListener() { },
                    counting, cues -> { });
            vm.remainingTextProperty().addListener((o, was, now) -> {
                if (now.equals("0:06")) {
                    fourSecondsShown.countDown();
                }
            });
            vm.start();
        }).get();
        assertTrue(fourSecondsShown.await(30, TimeUnit.SECONDS), "the countdown reached 0:06");
        int seen = uiThread.submit(ticks::get).get();
        // 0:10 -> 0:06 is four changes of the shown second: four wake-ups, one spare for a late boundary.
        assertTrue(seen >= 4 && seen <= 5, "wake-ups in the first 4 s: " + seen);
    }

    @Test
    void aFastTickerThatRePlansOnEveryTickStaysAtItsRate() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        ScheduledTicker ticker = new ScheduledTicker(1_000, ScheduledTicker::daemonScheduler, uiThread);
        long periodNanos = TimeUnit.MILLISECONDS.toNanos(20);
        long start = System.nanoTime();
        CountDownLatch fiftyTicks = new CountDownLatch(50);
        uiThread.submit(() -> ticker.start(() -> periodNanos - (System.nanoTime() - start) % periodNanos, () -> {
            ticks.incrementAndGet();
            fiftyTicks.countDown();
            ticker.reschedule();
        })).get();
        assertTrue(fiftyTicks.await(30, TimeUnit.SECONDS), "fifty ticks came");
        long elapsed = uiThread.submit(() -> {
            ticker.stop();
            return System.nanoTime() - start;
        }).get();
        long periods = elapsed / periodNanos;
        int seen = uiThread.submit(ticks::get).get();
        assertTrue(seen <= periods + 2, seen + " ticks in " + periods + " periods of 20 ms");
    }

    private static Ticker counting(Ticker inner, AtomicInteger ticks) {
        return new Ticker() {
            @Override
            public void start(LongSupplier nanosToNext, Runnable onTick) {
                inner.start(nanosToNext, () -> {
                    ticks.incrementAndGet();
                    onTick.run();
                });
            }

            @Override
            public void reschedule() {
                inner.reschedule();
            }

            @Override
            public void stop() {
                inner.stop();
            }
        };
    }
}
