package dev.unknot.ui.summary;

import dev.unknot.domain.Side;
import dev.unknot.domain.pose.PoseCatalogue;
import dev.unknot.ui.pose.PoseShown;
import dev.unknot.domain.Note;
import dev.unknot.domain.Phase;
import dev.unknot.domain.SegmentProgress;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.StepOutcome;
import dev.unknot.domain.exercises.Exercise;
import dev.unknot.domain.exercises.ExerciseCatalogue;
import dev.unknot.domain.exercises.ExercisePlan;
import dev.unknot.domain.exercises.ExerciseRun;
import dev.unknot.domain.exercises.ExerciseSnapshot;
import dev.unknot.ui.Format;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import dev.unknot.domain.SelfCheck;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.Objects;

/** What the end summary shows, per target and side, and the optional pain-after rating and note. */
public final class SummaryViewModel {
    private final PoseCatalogue poses = new PoseCatalogue();
    public static final int MAX_NOTE_LENGTH = Note.MAX_LENGTH;
    /** From this many characters on, the count shows beside the note. */
    static final int SHOW_COUNT_FROM = MAX_NOTE_LENGTH - 200;
    private static final ExerciseCatalogue EXERCISES = new ExerciseCatalogue();


    /** One line of the summary table. */
    public record Row(String target, String side, String tool, String planned, String worked, boolean complete,
                      String outcome) {
    }

    private final String title;
    private final String totals;
    private final List<Row> rows;
    private final Runnable onDone;
    private final ReflectionSink reflections;
    private final ObjectProperty<Integer> painAfter = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private String saved = "";
    private final List<ObjectProperty<Boolean>> selfCheck = List.of(new SimpleObjectProperty<>(),
            new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleObjectProperty<>());
    private Consumer<SelfCheck> selfChecks = c -> { };
    private Consumer<List<Exercise>> onStrengthen = chosen -> { };
    private final ReadOnlyStringWrapper strengthResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteNotice = new ReadOnlyStringWrapper("");

    public SummaryViewModel(SessionSnapshot last, ReflectionSink reflections, Runnable onDone) {
        this.onDone = Objects.requireNonNull(onDone);
        this.reflections = Objects.requireNonNull(reflections);
        painAfter.addListener((o, a, b) -> save());
        selfCheck.forEach(answer -> answer.addListener((o, a, b) -> selfChecks.accept(selfCheck())));
        note.addListener((o, a, b) -> {
            int length = b == null ? 0 : b.codePointCount(0, b.length());
            if (length > MAX_NOTE_LENGTH) {
                noteNotice.set(cutNotice(length - MAX_NOTE_LENGTH));
                note.set(b.substring(0, b.offsetByCodePoints(0, MAX_NOTE_LENGTH)));
                return;
            }
            noteCount.set(length >= SHOW_COUNT_FROM
                    ? String.format(Locale.ROOT, "%,d of %,d characters", length, MAX_NOTE_LENGTH) : "");
            if (length < MAX_NOTE_LENGTH) {
                noteNotice.set("");
            }
        });
        title = (last.phase() == Phase.FINISHED ? "Session complete" : "Session ended early")
                + " — " + last.plan().routineName();
        int planned = last.plan().plannedSeconds();
        List<StepOutcome> outcomes = StepOutcome.of(last);
        long skipped = outcomes.stream().filter(StepOutcome::skipped).count();
        totals = Format.minutes(last.doneSeconds()) + " worked of " + Format.minutes(planned) + " planned"
                + (skipped == 0 ? "" : skipped == 1 ? " · 1 step skipped" : " · " + skipped + " steps skipped");
        List<Row> lines = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            lines.add(row(last.progress().get(i), outcomes.get(i)));
        }
        rows = List.copyOf(lines);
    }

    private static Row row(SegmentProgress p, StepOutcome outcome) {
        return new Row(p.segment().target().name(), p.segment().side().label(), p.segment().tool().label(),
                Format.minutes(p.segment().plannedSeconds()), p.doneSeconds() == 0 ? "—" : Format.minutes(p.doneSeconds()),
                outcome == StepOutcome.DONE, outcome.label());
    }

    public String title() {
        return title;
    }

    public String totals() {
        return totals;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Pain after the session, 0–10, or null when not rated. Saved as soon as it changes. */
    public ObjectProperty<Integer> painAfterProperty() {
        return painAfter;
    }

    /** A free-text note, at most {@value #MAX_NOTE_LENGTH} characters; saved when it is committed or on leaving. */
    public StringProperty noteProperty() {
        return note;
    }

    /** "1,950 of 2,000 characters" once the note is near its limit; empty before. */
    public ReadOnlyStringProperty noteCountProperty() {
        return noteCount.getReadOnlyProperty();
    }

    /** Said when typed or pasted text did not fit the note: how much was left out. Empty otherwise. */
    public ReadOnlyStringProperty noteNoticeProperty() {
        return noteNotice.getReadOnlyProperty();
    }

    /**
     * What of {@code inserted} fits when it goes between {@code before} and {@code after} in the note: all of it, or
     * as many whole characters as fit, saying how many were left out.
     */
    public String fitInserted(String before, String inserted, String after) {
        int used = before.codePointCount(0, before.length()) + after.codePointCount(0, after.length());
        int wanted = inserted.codePointCount(0, inserted.length());
        int room = Math.max(0, MAX_NOTE_LENGTH - used);
        if (wanted <= room) {
            return inserted;
        }
        noteNotice.set(cutNotice(wanted - room));
        return inserted.substring(0, inserted.offsetByCodePoints(0, room));
    }

    private static String cutNotice(int leftOut) {
        return String.format(Locale.ROOT, "A note keeps at most %,d characters: the last %,d of what you typed or "
                + "pasted %s left out.", MAX_NOTE_LENGTH, leftOut, leftOut == 1 ? "was" : "were");
    }

    /** The guide's four self-check questions, in order; each answer is yes, no or null (not answered). */
    public static final List<String> SELF_CHECK_QUESTIONS = List.of(
            "Are you eating nutritious food?",
            "Are you resting enough between workouts?",
            "Are you drinking enough water, with electrolytes?",
            "Are you getting enough sleep?");

    public List<ObjectProperty<Boolean>> selfCheckAnswers() {
        return selfCheck;
    }

    public SelfCheck selfCheck() {
        return new SelfCheck(Optional.ofNullable(selfCheck.get(0).get()), Optional.ofNullable(selfCheck.get(1).get()),
                Optional.ofNullable(selfCheck.get(2).get()), Optional.ofNullable(selfCheck.get(3).get()));
    }

    /** Where the self-check answers are saved, as each one is given. */
    public void setSelfCheckSink(Consumer<SelfCheck> sink) {
        this.selfChecks = Objects.requireNonNull(sink);
    }

    /** Saves the rating and note if they changed since the last save. */
    public void save() {
        String state = painAfter.get() + "|" + note.get().strip();
        if (!state.equals(saved)) {
            saved = state;
            Integer pain = painAfter.get();
            reflections.save(pain == null ? OptionalInt.empty() : OptionalInt.of(pain), note.get().strip());
        }
    }

    /** The strengthening exercises the person can time, in the guide's order. */
    /** The figure of an exercise, drawn still in the list; null for one without. */
    public PoseShown pose(Exercise exercise) {
        return poses.forExercise(exercise.id()).map(g -> new PoseShown(g, Side.CENTRAL, null)).orElse(null);
    }

    public List<Exercise> exercises() {
        return EXERCISES.all();
    }

    /** How long a timed block of these exercises takes, get-ready countdown included: "11 min 40 s". */
    public String blockLength(List<Exercise> chosen) {
        return Format.minutes(ExerciseRun.GET_READY_SECONDS + ExercisePlan.of(chosen).totalSeconds());
    }

    /** Where a timed strengthening block is started (the window shows its screen and comes back here). */
    public void setOnStrengthen(Consumer<List<Exercise>> onStrengthen) {
        this.onStrengthen = Objects.requireNonNull(onStrengthen);
    }

    /** Times the chosen exercises, 3 × 30 s with rests; the rating and note are saved first. */
    public void strengthen(List<Exercise> chosen) {
        if (!chosen.isEmpty()) {
            save();
            onStrengthen.accept(List.copyOf(chosen));
        }
    }

    /** The block is over: says what was done ("Strengthening: 6 of 12 sets done."). */
    public void strengthened(ExerciseSnapshot last) {
        int sets = last.plan().sets().size();
        strengthResult.set(last.phase() == Phase.FINISHED
                ? "Strengthening done: all " + sets + (sets == 1 ? " set." : " sets.")
                : "Strengthening: " + last.setsDone() + " of " + sets + " sets done.");
    }

    public ReadOnlyStringProperty strengthResultProperty() {
        return strengthResult.getReadOnlyProperty();
    }

    /** Saves, then back to the home screen. */
    public void done() {
        save();
        onDone.run();
    }
}
