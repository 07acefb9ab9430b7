package dev.unknot.ui.session;

import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;
import dev.unknot.domain.Durations;
import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.Phase;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.SleepWatch;
import dev.unknot.domain.pose.PoseCatalogue;
import dev.unknot.ui.Format;
import dev.unknot.ui.body.BodyMark;
import dev.unknot.ui.pose.PoseShown;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * State of the running session for the session screen, fed from {@link SessionEngine} snapshots.
 * Every command reads the clock through the engine; nothing here counts time.
 */
public final class SessionViewModel {
    static final String END_QUESTION = "End the session now?";
    static final String LAST_STEP_QUESTION = "That was the last one. End the session now?";
    static final String LIMIT_NOTICE = "This side already has " + Durations.MAX_MINUTES
            + " minutes, the most the guide advises on one spot.";
    private final SessionEngine engine;
    private final TimerLoop<CueEvent, SessionSnapshot> loop;
    private SessionNotices notices = new SessionNotices(() -> true, n -> { });
    private int shownSegment = -1;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper phaseLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper phaseProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper targetName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sideText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper toolText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper howTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caution = new ReadOnlyStringWrapper("");
    private final PoseCatalogue poses = new PoseCatalogue();
    private final ReadOnlyObjectWrapper<PoseShown> pose = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper poseMoving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sessionRemainingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmingEnd = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper endQuestion = new ReadOnlyStringWrapper(END_QUESTION);
    private final ReadOnlyStringWrapper endDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper limitNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper routineName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper advisory = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<BodyMark>> bodyMarks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper sleptNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper miniTimerShown = new ReadOnlyBooleanWrapper();
    /** What the screen shows now, for threads other than this one (the app's exit); see {@link #lastSnapshot()}. */
    private volatile SessionSnapshot shown;

    /**
     * @param recorder where the session is logged (checkpoints go to storage); called on this thread
     * @param cueSink  receives the cues of one instant together, so it can pick the one sound to play; each
     *                 with its snapshot, so a spoken cue can name the target
     */
    public SessionViewModel(SessionPlan plan, MonotonicClock clock, SessionListener recorder, Ticker ticker,
                            Consumer<List<CueEvent>> cueSink) {
        this(plan, clock, SleepWatch.OFF, recorder, ticker, cueSink);
    }

    /** @param sleepWatch how the session tells that the computer slept, so it pauses instead of counting the gap */
    public SessionViewModel(SessionPlan plan, MonotonicClock clock, SleepWatch sleepWatch, SessionListener recorder,
                            Ticker ticker, Consumer<List<CueEvent>> cueSink) {
        Objects.requireNonNull(recorder);
        this.loop = new TimerLoop<>(ticker, cueSink, this::refresh);
        loop.setAfterCues(() -> notices.flush());
        loop.setBeforeEnd(() -> confirmingEnd.set(false));
        this.engine = new SessionEngine(plan, clock, new SessionListener() {
            @Override
            public void started(SessionSnapshot snapshot) {
                recorder.started(snapshot);
            }

            @Override
            public void cue(Cue cue, SessionSnapshot snapshot) {
                loop.cue(new CueEvent(cue, snapshot));
                notices.cue(cue, snapshot);
            }

            @Override
            public void checkpoint(SessionSnapshot snapshot) {
                recorder.checkpoint(snapshot);
            }

            @Override
            public void slept(long gapNanos, SessionSnapshot snapshot) {
                sleptNotice.set("Paused while the computer was asleep (" + Format.away(gapNanos)
                        + "). That time is not counted. Press Space to go on.");
            }

            @Override
            public void ended(SessionSnapshot snapshot) {
                recorder.ended(snapshot);
                loop.ended(snapshot);
            }
        }, SessionEngine.DEFAULT_CHECKPOINT_NANOS, sleepWatch);
        routineName.set(plan.routineName());
        refresh();
    }

    // ---- Commands ------------------------------------------------------------------------------------

    public void start() {
        loop.start(engine::nanosToNextTick, this::tick, engine::start);
    }

    public void tick() {
        run(engine::tick);
    }

    public void togglePause() {
        run(engine::togglePause);
    }

    /** Skips ahead; out of the last step it asks first, as ending does (N pressed once too often ends nothing). */
    public void next() {
        if (engine.nextEnds()) {
            askToEnd(LAST_STEP_QUESTION);
        } else {
            run(engine::next);
        }
    }

    public void previous() {
        run(engine::previous);
    }

    /** +: one more minute on this side, up to the guide's most; past it, says so and adds nothing. */
    public void extendOneMinute() {
        run(() -> limitNotice.set(engine.extendOneMinute() || engine.phase().isOver() ? "" : LIMIT_NOTICE));
    }

    /** Escape: asks first. The session keeps running while the question is shown. */
    public void requestEnd() {
        askToEnd(END_QUESTION);
    }

    private void askToEnd(String question) {
        if (!engine.phase().isOver() && engine.phase() != Phase.READY) {
            SessionSnapshot now = engine.snapshot();
            endQuestion.set(question);
            endDetail.set(now.hasWork()
                    ? "Everything worked so far (" + Format.minutes(now.doneSeconds()) + ") is kept in your log."
                    : "Nothing has been worked yet, so nothing will be logged.");
            confirmingEnd.set(true);
        }
    }

    public void confirmEnd() {
        if (confirmingEnd.get()) {
            confirmingEnd.set(false);
            run(engine::endEarly);
        }
    }

    /** The window is closing: end now without asking, so the log holds every second worked. */
    public void endNow() {
        confirmingEnd.set(false);
        run(engine::endEarly);
    }

    /** M: the small always-on-top timer on or off; the session goes on either way. */
    public void toggleMiniTimer() {
        miniTimerShown.set(!miniTimerShown.get());
    }

    public void setMiniTimerShown(boolean shown) {
        miniTimerShown.set(shown);
    }

    public ReadOnlyBooleanProperty miniTimerShownProperty() {
        return miniTimerShown.getReadOnlyProperty();
    }

    public void cancelEnd() {
        confirmingEnd.set(false);
    }

    /** Called once with the final snapshot when the session finishes or is ended early. */
    public void setOnEnded(Consumer<SessionSnapshot> onEnded) {
        loop.setOnEnded(onEnded);
    }

    /** Desktop notifications for the ends of sides, targets and the session (none unless set). */
    public void setNotices(SessionNotices notices) {
        this.notices = Objects.requireNonNull(notices);
    }

    public void dispose() {
        loop.stop();
    }

    private void run(Runnable command) {
        loop.run(command);
    }

    private void refresh() {
        SessionSnapshot s = engine.snapshot();
        shown = s;
        phase.set(s.phase());
        paused.set(s.paused());
        if (!s.paused()) {
            sleptNotice.set("");
        }
        Segment segment = s.currentSegment();
        boolean secondSide = s.current() > 0 && segment.continues(s.plan().segments().get(s.current() - 1));
        phaseLabel.set(switch (s.phase()) {
            case READY -> "Ready";
            case POSITIONING -> s.paused() ? "Paused" : secondSide ? "Switch sides" : "Get into position";
            case WORKING -> s.paused() ? "Paused" : "Work";
            case FINISHED -> "Session complete";
            case ENDED_EARLY -> "Session ended";
        });
        remainingText.set(Format.clock(s.phaseRemainingSecondsCeil()));
        phaseProgress.set(s.phaseLengthNanos() <= 0 ? 0
                : 1.0 - (double) s.phaseRemainingNanos() / s.phaseLengthNanos());
        targetName.set(segment.target().name());
        BodyMark mark = new BodyMark(segment.target().id(), segment.side());
        if (!bodyMarks.get().equals(List.of(mark))) {
            bodyMarks.set(List.of(mark));
        }
        if (s.current() != shownSegment) {
            shownSegment = s.current();
            limitNotice.set(""); // it was about the side just left
        }
        sideText.set(segment.side().label());
        toolText.set(segment.tool().label());
        PoseShown shownPose = poses.forTarget(segment.target().id())
                .map(g -> new PoseShown(g, segment.side(), segment.tool())).orElse(null);
        if (!Objects.equals(pose.get(), shownPose)) {
            pose.set(shownPose);
        }
        poseMoving.set(!s.paused() && (s.phase() == Phase.POSITIONING || s.phase() == Phase.WORKING));
        howTo.set(segment.target().howTo());
        caution.set(segment.target().caution());
        nextText.set(s.nextSegment()
                .map(n -> "Next: " + Format.segment(n) + " · " + n.tool().label().toLowerCase()
                        + " · " + Format.minutes(n.plannedSeconds()))
                .orElse(s.phase().isOver() ? "" : "Last one: the session ends after this"));
        sessionRemainingText.set(Format.clock(s.sessionRemainingSecondsCeil()) + " left in the session");
        int steps = s.plan().segments().get(s.plan().segments().size() - 1).stepIndex() + 1;
        positionText.set("Target " + (segment.stepIndex() + 1) + " of " + steps);
    }

    // ---- Read-only state -----------------------------------------------------------------------------

    /**
     * The session as the screen last showed it: at most one tick old while the session runs. The one thing here that
     * any thread may read; the app's exit uses it when the UI thread does not answer.
     */
    public SessionSnapshot lastSnapshot() {
        return shown;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseLabelProperty() {
        return phaseLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty phaseProgressProperty() {
        return phaseProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetNameProperty() {
        return targetName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sideTextProperty() {
        return sideText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toolTextProperty() {
        return toolText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty howToProperty() {
        return howTo.getReadOnlyProperty();
    }

    /** The figure of the current target, side and tool. */
    public ReadOnlyObjectProperty<PoseShown> poseProperty() {
        return pose.getReadOnlyProperty();
    }

    /** Whether the figure may move: while positioning or working, and not paused. */
    public ReadOnlyBooleanProperty poseMovingProperty() {
        return poseMoving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cautionProperty() {
        return caution.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionRemainingTextProperty() {
        return sessionRemainingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingEndProperty() {
        return confirmingEnd.getReadOnlyProperty();
    }

    /** The question the end confirmation asks: ending, or skipping out of the last step. */
    public ReadOnlyStringProperty endQuestionProperty() {
        return endQuestion.getReadOnlyProperty();
    }

    /** Under the question: what is kept of the session if it ends now. */
    public ReadOnlyStringProperty endDetailProperty() {
        return endDetail.getReadOnlyProperty();
    }

    /** Said when + is refused because the side has the most minutes the guide advises; empty otherwise. */
    public ReadOnlyStringProperty limitNoticeProperty() {
        return limitNotice.getReadOnlyProperty();
    }

    /** A gentle word shown above the session (e.g. started within 24 h of a spasm); empty for none. */
    public ReadOnlyStringProperty advisoryProperty() {
        return advisory.getReadOnlyProperty();
    }

    /** Said when the session paused itself because the computer slept; cleared once it runs again. */
    public ReadOnlyStringProperty sleptNoticeProperty() {
        return sleptNotice.getReadOnlyProperty();
    }

    public void setAdvisory(String text) {
        advisory.set(text == null ? "" : text);
    }

    /** The current target and side, for the body outline. */
    public ReadOnlyObjectProperty<List<BodyMark>> bodyMarksProperty() {
        return bodyMarks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty routineNameProperty() {
        return routineName.getReadOnlyProperty();
    }
}
