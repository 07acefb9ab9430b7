package dev.unknot.ui.settings;

import dev.unknot.domain.store.SettingsStore;
import dev.unknot.domain.Durations;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Side;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Theme;
import dev.unknot.domain.ValidationException;
import dev.unknot.ui.Failures;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The settings screen: minutes per target, the countdown to get into position, sounds. Every field holds the
 * text as typed; a value out of range is marked and explained next to its field, never silently clamped, and
 * nothing is saved while any field is wrong.
 */
public final class SettingsViewModel {

    /** One field as typed, and what is wrong with it (empty when fine). */
    public static final class Field {
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    /** A target's minutes field. */
    public record TargetField(Target target, Field field) {
    }

    /** Plays a sample cue about {@code sample}, spoken or as a tone, at a volume from 0 to 1. */
    @FunctionalInterface
    public interface SoundTest {
        SoundTest NONE = (sample, voice, volume) -> { };

        void play(Segment sample, boolean voice, double volume);
    }

    private final TargetCatalogue catalogue;
    private final SettingsStore store;
    private final Executor fx;
    private final Consumer<Settings> onSaved;
    private final SoundTest soundTest;
    private final List<TargetField> targets;
    private final Field reposition = new Field();
    private final BooleanProperty soundsOn = new SimpleBooleanProperty(true);
    private final DoubleProperty volume = new SimpleDoubleProperty(Settings.DEFAULT_VOLUME);
    private final BooleanProperty voiceOn = new SimpleBooleanProperty(false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Settings.DEFAULT_THEME);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private int qlAfterDays = Settings.DEFAULT_QL_AFTER_DAYS;
    /** What the fields held when last loaded or saved; unsaved edits differ from it. */
    private List<Object> baseline = List.of();
    private final ReadOnlyBooleanWrapper confirmingLeave = new ReadOnlyBooleanWrapper();
    private Runnable onLeave = () -> { };

    /** @param onSaved told the saved settings, so the next session uses them */
    public SettingsViewModel(TargetCatalogue catalogue, SettingsStore store, Executor fx, Consumer<Settings> onSaved) {
        this(catalogue, store, fx, onSaved, SoundTest.NONE);
    }

    /** @param soundTest plays the Test sound sample */
    public SettingsViewModel(TargetCatalogue catalogue, SettingsStore store, Executor fx, Consumer<Settings> onSaved,
                             SoundTest soundTest) {
        this.catalogue = catalogue;
        this.store = store;
        this.fx = fx;
        this.onSaved = onSaved;
        this.soundTest = Objects.requireNonNull(soundTest);
        targets = catalogue.all().stream().map(t -> new TargetField(t, new Field())).toList();
        targets.forEach(t -> t.field().text.addListener((o, a, b) -> check(t.field(), () -> Durations.parseMinutes(b))));
        reposition.text.addListener((o, a, b) -> check(reposition, () -> parseReposition(b)));
        valid = Bindings.createBooleanBinding(() -> targets.stream().allMatch(t -> t.field().error.get().isEmpty())
                        && reposition.error.get().isEmpty(),
                errorProperties());
        show(Settings.defaults(catalogue));
        baseline = onScreen();
    }

    private javafx.beans.Observable[] errorProperties() {
        List<javafx.beans.Observable> all = new java.util.ArrayList<>();
        targets.forEach(t -> all.add(t.field().error));
        all.add(reposition.error);
        return all.toArray(javafx.beans.Observable[]::new);
    }

    // ---- Commands ------------------------------------------------------------------------------------

    public void load() {
        store.load().whenCompleteAsync((settings, error) -> {
            if (error != null) {
                message.set("Your settings could not be read, so the defaults are shown: " + Failures.message(error));
            } else {
                show(settings);
                baseline = onScreen();
            }
        }, fx);
    }

    /** Saves when every field is right; otherwise says what to fix. */
    public void save() {
        if (!valid.get()) {
            message.set("Nothing was saved: fix the fields marked in red first.");
            return;
        }
        Settings settings = current();
        List<Object> saving = onScreen();
        store.save(settings).whenCompleteAsync((v, error) -> {
            if (error != null) {
                message.set("Your settings were not saved: " + Failures.message(error));
            } else {
                baseline = saving;
                message.set("Saved. Your next session uses these settings.");
                onSaved.accept(settings);
            }
        }, fx);
    }

    /**
     * Test sound: what "get into position" sounds like with the choices on screen, saved or not — spoken
     * ("Get into position: piriformis, left side, lacrosse ball") with the voice on, the tone without. Nothing with
     * sounds off.
     */
    public void testSound() {
        if (soundsOn.get()) {
            soundTest.play(sample(), voiceOn.get(), volume.get() / 100.0);
        }
    }

    /** The test's target: piriformis, left side, with its usual tool (the lacrosse ball). */
    Segment sample() {
        Target piriformis = catalogue.byId(TargetCatalogue.PIRIFORMIS);
        return new Segment(0, 0, piriformis, piriformis.usualTool(), Side.LEFT, piriformis.defaultMinutes() * 60);
    }

    /** Puts every field back to its default (saved only with Save). */
    public void resetToDefaults() {
        show(Settings.defaults(catalogue));
        message.set("Defaults restored on screen. Press Save to keep them.");
    }

    /** Whether the screen holds edits not saved (what is typed, even if not valid yet). */
    public boolean hasUnsavedEdits() {
        return !onScreen().equals(baseline);
    }

    /** Leaving the screen: at once when nothing is unsaved, else after asking ({@link #confirmingLeaveProperty()}). */
    public void leaveThen(Runnable leave) {
        if (!hasUnsavedEdits()) {
            leave.run();
            return;
        }
        onLeave = leave;
        confirmingLeave.set(true);
    }

    /** Enter on the question: the edits are dropped and the screen is left. */
    public void discardAndLeave() {
        if (confirmingLeave.get()) {
            confirmingLeave.set(false);
            Runnable leave = onLeave;
            onLeave = () -> { };
            leave.run();
        }
    }

    /** Escape on the question: back to the fields as they are. */
    public void keepEditing() {
        confirmingLeave.set(false);
        onLeave = () -> { };
    }

    /** True while "Discard your changes?" is asked. */
    public ReadOnlyBooleanProperty confirmingLeaveProperty() {
        return confirmingLeave.getReadOnlyProperty();
    }

    private List<Object> onScreen() {
        List<Object> state = new java.util.ArrayList<>();
        targets.forEach(t -> state.add(t.field().text.get().strip()));
        state.add(reposition.text.get().strip());
        state.add(soundsOn.get());
        state.add(Math.round(volume.get()));
        state.add(voiceOn.get());
        state.add(theme.get());
        return state;
    }

    // ---- State ---------------------------------------------------------------------------------------

    public List<TargetField> targets() {
        return targets;
    }

    public Field reposition() {
        return reposition;
    }

    /** Spoken cues ("Switch sides") instead of tones alone. */
    public BooleanProperty voiceOnProperty() {
        return voiceOn;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty soundsOnProperty() {
        return soundsOn;
    }

    /** 0–100. */
    public DoubleProperty volumeProperty() {
        return volume;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- Internals -----------------------------------------------------------------------------------

    private void show(Settings settings) {
        targets.forEach(t -> t.field().text.set(Integer.toString(settings.minutesFor(t.target()))));
        reposition.text.set(Integer.toString(settings.repositionSeconds()));
        soundsOn.set(settings.soundsOn());
        volume.set(settings.volumePercent());
        qlAfterDays = settings.qlAfterDays();
        voiceOn.set(settings.voiceOn());
        theme.set(settings.theme());
    }

    private Settings current() {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        targets.forEach(t -> minutes.put(t.target().id(), Durations.parseMinutes(t.field().text.get())));
        return new Settings(minutes, parseReposition(reposition.text.get()), soundsOn.get(),
                (int) Math.round(volume.get()), qlAfterDays, voiceOn.get(),
                theme.get() == null ? Settings.DEFAULT_THEME : theme.get());
    }

    static int parseReposition(String text) {
        String trimmed = text == null ? "" : text.strip();
        int max = SessionPlan.MAX_REPOSITION_SECONDS;
        String range = "The countdown must be a whole number of seconds from 0 to " + max;
        if (!trimmed.matches("\\d{1,9}")) {
            throw new ValidationException(range + " (got \"" + trimmed + "\").");
        }
        int seconds = Integer.parseInt(trimmed);
        if (seconds > max) {
            throw new ValidationException(range + " (got " + seconds + ").");
        }
        return seconds;
    }

    private static void check(Field field, Runnable parse) {
        try {
            parse.run();
            field.error.set("");
        } catch (ValidationException e) {
            field.error.set(e.getMessage());
        }
    }
}
