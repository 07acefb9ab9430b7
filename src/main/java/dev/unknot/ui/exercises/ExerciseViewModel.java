package dev.unknot.ui.exercises;

import dev.unknot.domain.Cue;
import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.Phase;
import dev.unknot.domain.SleepWatch;
import dev.unknot.domain.Side;
import dev.unknot.domain.exercises.ExercisePlan;
import dev.unknot.domain.exercises.ExerciseRun;
import dev.unknot.domain.exercises.ExerciseSet;
import dev.unknot.domain.exercises.ExerciseSnapshot;
import dev.unknot.domain.pose.PoseCatalogue;
import dev.unknot.ui.Format;
import dev.unknot.ui.pose.PoseShown;
import dev.unknot.ui.session.Ticker;
import dev.unknot.ui.session.TimerLoop;
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

/** A running strengthening block for its screen, fed from {@link ExerciseRun} snapshots; nothing here counts time. */
public final class ExerciseViewModel {
    private final ExerciseRun run;
    private final TimerLoop<Cue, ExerciseSnapshot> loop;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper phaseLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper phaseProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper exerciseName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper setText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper howTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockRemainingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sleptNotice = new ReadOnlyStringWrapper("");
    private final PoseCatalogue poses = new PoseCatalogue();
    private final ReadOnlyObjectWrapper<PoseShown> pose = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper poseMoving = new ReadOnlyBooleanWrapper();

    /** @param cueSink receives the cues of one instant together, as a session's do */
    public ExerciseViewModel(ExercisePlan plan, MonotonicClock clock, SleepWatch sleepWatch, Ticker ticker,
                             Consumer<List<Cue>> cueSink) {
        this.loop = new TimerLoop<>(ticker, cueSink, this::refresh);
        this.run = new ExerciseRun(plan, clock, new ExerciseRun.Listener() {
            @Override
            public void cue(Cue cue, ExerciseSnapshot snapshot) {
                loop.cue(cue);
            }

            @Override
            public void slept(long gapNanos, ExerciseSnapshot snapshot) {
                sleptNotice.set("Paused while the computer was asleep (" + Format.away(gapNanos)
                        + "). Press Space to go on.");
            }

            @Override
            public void ended(ExerciseSnapshot snapshot) {
                loop.ended(snapshot);
            }
        }, sleepWatch);
        refresh();
    }

    public void start() {
        loop.start(run::nanosToNextTick, this::tick, run::start);
    }

    public void tick() {
        act(run::tick);
    }

    public void togglePause() {
        act(run::togglePause);
    }

    public void next() {
        act(run::next);
    }

    public void previous() {
        act(run::previous);
    }

    /** Escape: nothing is logged, so it ends at once without asking. */
    public void end() {
        act(run::end);
    }

    /** Called once with the last snapshot when the block finishes or is ended. */
    public void setOnEnded(Consumer<ExerciseSnapshot> onEnded) {
        loop.setOnEnded(onEnded);
    }

    public void dispose() {
        loop.stop();
    }

    private void act(Runnable command) {
        loop.run(command);
    }

    private void refresh() {
        ExerciseSnapshot s = run.snapshot();
        phase.set(s.phase());
        paused.set(s.paused());
        if (!s.paused()) {
            sleptNotice.set("");
        }
        ExerciseSet set = s.currentSet();
        phaseLabel.set(switch (s.phase()) {
            case READY -> "Ready";
            case POSITIONING -> s.paused() ? "Paused" : s.resting() ? "Rest" : "Get ready";
            case WORKING -> s.paused() ? "Paused" : "Work";
            case FINISHED -> "Strengthening done";
            case ENDED_EARLY -> "Strengthening ended";
        });
        remainingText.set(Format.clock(s.phaseRemainingSecondsCeil()));
        phaseProgress.set(s.phaseLengthNanos() <= 0 ? 0
                : 1.0 - (double) s.phaseRemainingNanos() / s.phaseLengthNanos());
        exerciseName.set(set.exercise().name());
        setText.set("Set " + set.setNumber() + " of " + s.setsOfCurrentExercise() + " · " + set.workSeconds() + " s");
        howTo.set(set.exercise().howTo());
        PoseShown shownPose = poses.forExercise(set.exercise().id())
                .map(g -> new PoseShown(g, Side.CENTRAL, null)).orElse(null);
        if (!Objects.equals(pose.get(), shownPose)) {
            pose.set(shownPose);
        }
        // The reach or squat is shown while a set is worked, not during the rest or the countdown before it.
        poseMoving.set(!s.paused() && s.phase() == Phase.WORKING);
        if (s.phase() == Phase.POSITIONING) {
            nextText.set("Set " + set.setNumber() + " starts after the " + (s.resting() ? "rest" : "countdown"));
        } else {
            nextText.set(s.nextSet()
                    .map(n -> n.exercise().equals(set.exercise())
                            ? "Next: " + set.restSeconds() + " s rest, then set " + n.setNumber()
                            : "Next: " + n.exercise().name())
                    .orElse(s.phase().isOver() ? "" : "Last set"));
        }
        blockRemainingText.set(Format.clock(s.remainingSecondsCeil()) + " left");
    }

    /** The figure of the current exercise. */
    public ReadOnlyObjectProperty<PoseShown> poseProperty() {
        return pose.getReadOnlyProperty();
    }

    /** Whether the figure may move: while a set is worked, and not paused. */
    public ReadOnlyBooleanProperty poseMovingProperty() {
        return poseMoving.getReadOnlyProperty();
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

    public ReadOnlyStringProperty exerciseNameProperty() {
        return exerciseName.getReadOnlyProperty();
    }

    /** "Set 2 of 3 · 30 s". */
    public ReadOnlyStringProperty setTextProperty() {
        return setText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty howToProperty() {
        return howTo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockRemainingTextProperty() {
        return blockRemainingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sleptNoticeProperty() {
        return sleptNotice.getReadOnlyProperty();
    }
}
