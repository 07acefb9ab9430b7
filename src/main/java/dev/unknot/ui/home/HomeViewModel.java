package dev.unknot.ui.home;

import dev.unknot.domain.Routine;
import dev.unknot.domain.Side;
import dev.unknot.domain.Step;
import dev.unknot.domain.pose.PoseCatalogue;
import dev.unknot.ui.pose.PoseShown;
import dev.unknot.ui.Format;
import dev.unknot.ui.body.BodyMark;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The start screen: which routine Enter starts, what it holds, and any notice worth telling. */
public final class HomeViewModel {
    private final ObservableList<Routine> routines = FXCollections.observableArrayList();
    private final ObservableList<Routine> routinesView = FXCollections.unmodifiableObservableList(routines);
    private Consumer<Routine> onChosen = r -> { };
    private boolean replacing;
    private final ObjectProperty<Routine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper welcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper disclaimer = new ReadOnlyStringWrapper(DISCLAIMER);
    private final ObjectProperty<Integer> painBefore = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<BodyMark>> bodyMarks = new ReadOnlyObjectWrapper<>(List.of());
    private int repositionSeconds;
    private BiConsumer<Routine, OptionalInt> onStart = (routine, pain) -> { };

    /** One row of the routine preview. */
    public record StepLine(String target, String sides, String tool, String minutes) {
    }

    public HomeViewModel(List<Routine> routines, Routine initial, int repositionSeconds) {
        this.routines.setAll(routines);
        this.repositionSeconds = repositionSeconds;
        selected.addListener((o, a, b) -> {
            totalText.set(b == null ? "" : total(b));
            bodyMarks.set(b == null ? List.of() : BodyMark.of(b));
            if (b != null && !replacing) {
                onChosen.accept(b);
            }
        });
        selected.set(initial != null ? initial : routines.get(0));
    }

    /**
     * What {@link #start()} does with the routine and the pain rated before it (if any): the window that shows this
     * screen starts the session, as it shows the session's screen.
     */
    public void setOnStart(BiConsumer<Routine, OptionalInt> onStart) {
        this.onStart = Objects.requireNonNull(onStart);
    }

    // ---- Commands ------------------------------------------------------------------------------------

    /**
     * Starts the selected routine; a routine is always selected, so a fresh install starts with one key.
     * The pain rating goes with it and is cleared for the next session.
     */
    public void start() {
        Routine routine = selected.get();
        if (routine != null) {
            Integer pain = painBefore.get();
            painBefore.set(null);
            onStart.accept(routine, pain == null ? OptionalInt.empty() : OptionalInt.of(pain));
        }
    }

    /**
     * Replaces the routines on offer (settings changed the minutes, a routine was made or deleted) and selects
     * {@code selectId} if it is among them, else keeps the current choice by id, else the first.
     */
    public void setRoutines(List<Routine> updated, String selectId, int repositionSeconds) {
        this.repositionSeconds = repositionSeconds;
        String keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        replacing = true;
        try {
            routines.setAll(updated);
            selected.set(updated.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(updated.get(0)));
            totalText.set(total(selected.get()));
        } finally {
            replacing = false;
        }
    }

    /** Told when the person picks another routine, so it can be remembered for next time. */
    public void setOnChosen(Consumer<Routine> onChosen) {
        this.onChosen = Objects.requireNonNull(onChosen);
    }

    /**
     * Until the first session is logged: what Unknot is and is not, said once, plainly. Never blocks Enter. The
     * standing line at the foot of the screen says it afterwards, so the screen says it once either way.
     */
    public void showWelcome(boolean firstRun) {
        welcome.set(firstRun ? WELCOME : "");
        disclaimer.set(firstRun ? "" : DISCLAIMER);
    }

    public static final String DISCLAIMER = "Unknot gives guidance, not medical advice. If your spasms are severe or "
            + "constant, see a doctor.";

    /** The standing line that Unknot is guidance, not medical advice; empty while the welcome says so. */
    public ReadOnlyStringProperty disclaimerProperty() {
        return disclaimer.getReadOnlyProperty();
    }

    public static final String WELCOME = "Welcome. Unknot times and logs self-myofascial release on a foam roller, "
            + "softball or lacrosse ball, following a back-spasm guide. It gives guidance, not medical advice: if a "
            + "spasm is severe or constant, or something feels wrong, stop and see a doctor. Press Enter to start.";

    public ReadOnlyStringProperty welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }

    public void showNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    // ---- State ---------------------------------------------------------------------------------------

    public ObservableList<Routine> routines() {
        return routinesView;
    }

    /** Writable on purpose: the list selection drives it. Null is refused by keeping the last choice. */
    public ObjectProperty<Routine> selectedProperty() {
        return selected;
    }

    /** "Pain now", 0–10, or null when not rated; optional and never needed to start. */
    public ObjectProperty<Integer> painBeforeProperty() {
        return painBefore;
    }

    /** Every target and side the selected routine works, for the body outline. */
    public ReadOnlyObjectProperty<List<BodyMark>> bodyMarksProperty() {
        return bodyMarks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public static List<StepLine> lines(Routine routine) {
        return routine.steps().stream().map(HomeViewModel::line).toList();
    }

    /** The figure of each step, in order (per-side targets drawn for the right side); null for one without. */
    public static List<PoseShown> poses(Routine routine) {
        PoseCatalogue poses = new PoseCatalogue();
        return routine.steps().stream().map(step -> poses.forTarget(step.target().id())
                .map(g -> new PoseShown(g, step.target().perSide() ? Side.RIGHT : Side.CENTRAL, step.tool()))
                .orElse(null)).toList();
    }

    private static StepLine line(Step step) {
        boolean central = step.sides().order().equals(List.of(Side.CENTRAL));
        String each = step.sides().order().size() > 1 ? " each side" : "";
        return new StepLine(step.target().name(), central ? "Centre" : step.sides().label(), step.tool().label(),
                step.minutes() + " min" + each);
    }

    private String total(Routine routine) {
        int segments = routine.steps().stream().mapToInt(s -> s.sides().order().size()).sum();
        long seconds = routine.plannedSeconds() + (long) segments * repositionSeconds;
        return "About " + Format.minutes(roundToMinute(seconds)) + " in all, with " + repositionSeconds
                + " s to get into position before each target and side.";
    }

    private static long roundToMinute(long seconds) {
        return (seconds + 30) / 60 * 60;
    }
}
