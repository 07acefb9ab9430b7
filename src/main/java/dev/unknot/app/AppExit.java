package dev.unknot.app;

import javafx.application.Platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one way out of Unknot. Closing the window, Quit (Ctrl+Q), {@code Application.stop()} and the JVM's shutdown
 * hook (SIGTERM, which a desktop logout sends; also Ctrl+C in a terminal) all call {@link #run()}, which:
 * <ol>
 *   <li>ends a running session early, with every second worked, and hands its end to the log;</li>
 *   <li>closes the log: the storage thread writes what is queued, the session's end included, with
 *       {@code synchronous=FULL}, and lets the file go.</li>
 * </ol>
 *
 * <p><b>Threads.</b> The session's engine lives on the UI thread and is not thread-safe. Called on the UI thread
 * (window close, Quit, {@code stop()}), step 1 runs right there: the engine ends itself, reading the monotonic clock
 * as it does. The UI thread's other tidying (the window's place, timers) follows there, but nothing waits for it.
 * Called on another thread (the shutdown hook), it posts step 1 to the UI thread and waits for it, at most
 * {@link #UI_WAIT}. Often no answer comes: JavaFX has a shutdown hook of its own, run at the same time as ours, and
 * once it has begun to stop the toolkit, {@code Platform.runLater} drops what it is given without a word (seen on
 * SIGTERM to the real app: the JavaFX thread sat idle and never ran it). The UI thread may also be blocked (inside a
 * {@code System.exit} called on it, say, which waits for this very hook). Then the exit does not touch the engine from
 * the wrong thread: it ends the session from its last snapshot, which the session screen publishes after every tick.
 * A tick follows each change of the countdown's second, so that snapshot's seconds worked are the moment's but for a
 * few milliseconds after each second. The end goes through the session's recorder, which keeps the first end it is
 * given and ignores the rest, so a late answer of the UI thread changes nothing. Step 2 runs on the calling thread.
 *
 * <p><b>Bounded.</b> A broken or hung disk must not hang the exit: the log gets {@link #WRITE_WAIT} to write what is
 * queued, then the exit goes on without it and says so on stderr (the session is then as the log last had it, and
 * the next start marks it interrupted). The longest an exit takes is about {@code 2 × UI_WAIT + WRITE_WAIT}.
 *
 * <p><b>Once.</b> Only the first call does the work. A later or concurrent one (the window closed, then {@code stop()},
 * then the shutdown hook as the JVM exits) writes nothing and returns once the first has finished, waiting at most as
 * long as the first can take, so the JVM does not halt in the middle of the write. A second call on the UI thread
 * while the first waits for that thread does step 1 itself, so the two never wait on each other.
 */
public final class AppExit {
    /**
     * How long a call from another thread waits for the UI thread to end the session: it answers within milliseconds
     * when it can, and on SIGTERM it often cannot (see the class comment), so this is short.
     */
    public static final Duration UI_WAIT = Duration.ofMillis(250);
    /** How long the log gets to write what is queued. */
    public static final Duration WRITE_WAIT = Duration.ofSeconds(3);
    private static final System.Logger LOG = System.getLogger(AppExit.class.getName());

    /** The thread the session's engine lives on. */
    public interface UiThread {
        boolean isCurrent();

        /** Runs {@code job} on that thread soon; throws {@link IllegalStateException} if the thread is gone. */
        void post(Runnable job);

        /** The JavaFX application thread. */
        static UiThread javaFx() {
            return new UiThread() {
                @Override
                public boolean isCurrent() {
                    return Platform.isFxApplicationThread();
                }

                @Override
                public void post(Runnable job) {
                    Platform.runLater(job);
                }
            };
        }
    }

    /** The session log, as far as the exit needs it. */
    @FunctionalInterface
    public interface Log {
        /** Writes what is queued and closes, waiting at most {@code wait}; false if it gave up waiting. */
        boolean close(Duration wait);
    }

    private final UiThread ui;
    private final Runnable endOnUi;
    private final Runnable tidyOnUi;
    private final Runnable endWithoutUi;
    private final Log log;
    private final Consumer<String> say;
    private final Duration uiWait;
    private final Duration writeWait;

    private final AtomicBoolean begun = new AtomicBoolean();
    /** Set by whichever ends the session: the UI thread, or the exit from the last snapshot. */
    private final AtomicBoolean sessionClaimed = new AtomicBoolean();
    private final CompletableFuture<Void> uiDone = new CompletableFuture<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    /**
     * @param endOnUi      on the UI thread: ends a running session early (the engine's own end); quick, as a shutdown
     *                     hook waits for it
     * @param tidyOnUi     on the UI thread after that: the rest (the window's place, timers); a hook does not wait
     * @param endWithoutUi on the exiting thread, when the UI thread does not answer: ends a running session from its
     *                     last snapshot (thread-safe; must not touch the engine)
     * @param say          where a plain-words warning goes (stderr in the app: logging may be shut down already)
     */
    public AppExit(UiThread ui, Runnable endOnUi, Runnable tidyOnUi, Runnable endWithoutUi, Log log,
                   Consumer<String> say) {
        this(ui, endOnUi, tidyOnUi, endWithoutUi, log, say, UI_WAIT, WRITE_WAIT);
    }

    AppExit(UiThread ui, Runnable endOnUi, Runnable tidyOnUi, Runnable endWithoutUi, Log log, Consumer<String> say,
            Duration uiWait, Duration writeWait) {
        this.ui = Objects.requireNonNull(ui);
        this.endOnUi = Objects.requireNonNull(endOnUi);
        this.tidyOnUi = Objects.requireNonNull(tidyOnUi);
        this.endWithoutUi = Objects.requireNonNull(endWithoutUi);
        this.log = Objects.requireNonNull(log);
        this.say = Objects.requireNonNull(say);
        this.uiWait = Objects.requireNonNull(uiWait);
        this.writeWait = Objects.requireNonNull(writeWait);
    }

    /** A thread that runs {@link #run()}, for {@link Runtime#addShutdownHook(Thread)}. */
    public Thread shutdownHook() {
        return new Thread(this::run, "unknot-exit");
    }

    /** Ends a running session with every second worked, writes it and closes the log; see the class comment. */
    public void run() {
        if (ui.isCurrent()) {
            endOnUiOnce();
        }
        if (!begun.compareAndSet(false, true)) {
            // Another call does the work: wait until it is done (a shutdown hook must not let the JVM halt mid-write).
            await(finished, uiWait.multipliedBy(2).plus(writeWait));
            return;
        }
        try {
            if (!uiDone.isDone()) {
                endFromAnotherThread();
            }
            if (!log.close(writeWait)) {
                say.accept("Unknot: the log did not finish writing within " + writeWait.toSeconds() + " s (is the disk"
                        + " working?); closing without it. The session is kept as last saved and is marked"
                        + " interrupted at the next start.");
            }
        } catch (RuntimeException e) {
            say.accept("Unknot: closing the log failed: " + e);
        } finally {
            finished.complete(null);
        }
    }

    /** Step 1 on the UI thread, unless it ran already (or the session was ended without it). */
    private void endOnUiOnce() {
        if (!sessionClaimed.compareAndSet(false, true)) {
            return;
        }
        try {
            endOnUi.run();
        } catch (RuntimeException e) {
            say.accept("Unknot: ending the session on exit failed: " + e);
        } finally {
            uiDone.complete(null);
        }
        try {
            tidyOnUi.run();
        } catch (RuntimeException e) {
            say.accept("Unknot: tidying up on exit failed: " + e);
        }
    }

    private void endFromAnotherThread() {
        try {
            ui.post(this::endOnUiOnce);
            if (await(uiDone, uiWait)) {
                return;
            }
        } catch (IllegalStateException toolkitGone) {
            // no UI thread to ask: end the session from its last snapshot below
        }
        if (sessionClaimed.compareAndSet(false, true)) {
            // Not said on stderr: on SIGTERM this is the usual way, not a fault.
            LOG.log(System.Logger.Level.INFO, "The UI thread did not answer within " + uiWait.toMillis()
                    + " ms on exit; the session is ended as the screen last showed it.");
            try {
                endWithoutUi.run();
            } catch (RuntimeException e) {
                say.accept("Unknot: ending the session on exit failed: " + e);
            }
        } else if (!await(uiDone, uiWait)) {
            // The UI thread is ending the session right now: the end is queued first, then the screen changes.
            LOG.log(System.Logger.Level.INFO, "The UI thread did not finish ending the session on exit in time;"
                    + " the log keeps what reached it.");
        }
    }

    /** Waits for {@code future} at most {@code wait}; whether it completed. Keeps an interrupt for the caller. */
    private static boolean await(CompletableFuture<?> future, Duration wait) {
        try {
            future.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return future.isDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return future.isDone();
        }
    }
}
