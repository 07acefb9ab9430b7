package dev.unknot.ui.settings;

import dev.unknot.domain.store.SettingsStore;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings view-model on plain JavaFX properties: no stage, no toolkit; the store completes at once. */
class SettingsViewModelTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    private Settings stored = Settings.defaults(CATALOGUE);
    private final List<Settings> savedToStore = new ArrayList<>();
    private final List<Settings> applied = new ArrayList<>();
    private final List<String> tests = new ArrayList<>();

    private final SettingsStore store = new SettingsStore() {
        @Override
        public CompletableFuture<Settings> load() {
            return CompletableFuture.completedFuture(stored);
        }

        @Override
        public CompletableFuture<Void> save(Settings settings) {
            savedToStore.add(settings);
            stored = settings;
            return CompletableFuture.completedFuture(null);
        }
    };

    private final SettingsViewModel vm = new SettingsViewModel(CATALOGUE, store, Runnable::run, applied::add,
            (sample, voice, volume) -> tests.add(sample.target().id() + " " + sample.side().id() + " "
                    + sample.tool().id() + " voice=" + voice + " " + volume));

    @Test
    void leavingWithUnsavedEditsAsksAndOnlyDiscardingLeaves() {
        vm.load();
        List<String> left = new ArrayList<>();
        vm.leaveThen(() -> left.add("clean"));
        assertEquals(List.of("clean"), left, "nothing changed: leaves at once");

        vm.reposition().textProperty().set("20");
        vm.leaveThen(() -> left.add("edited"));
        assertTrue(vm.confirmingLeaveProperty().get());
        vm.keepEditing();
        assertEquals(List.of("clean"), left);
        assertEquals("20", vm.reposition().textProperty().get());

        vm.leaveThen(() -> left.add("edited"));
        vm.discardAndLeave();
        assertEquals(List.of("clean", "edited"), left);
        assertTrue(savedToStore.isEmpty());
    }

    @Test
    void aSavedOrRevertedEditIsNoLongerUnsaved() {
        vm.load();
        vm.reposition().textProperty().set("20");
        assertTrue(vm.hasUnsavedEdits());
        vm.save();
        assertFalse(vm.hasUnsavedEdits());
        vm.reposition().textProperty().set("abc");
        assertTrue(vm.hasUnsavedEdits(), "an invalid edit is an edit too");
        vm.reposition().textProperty().set("20");
        assertFalse(vm.hasUnsavedEdits());
    }

    @Test
    void spokenCuesAreOffUntilTurnedOnAndThenSavedAndApplied() {
        vm.load();
        assertFalse(vm.voiceOnProperty().get());

        vm.voiceOnProperty().set(true);
        vm.save();

        assertEquals(1, savedToStore.size());
        assertTrue(savedToStore.get(0).voiceOn());
        assertEquals(List.of(savedToStore.get(0)), applied, "the app is told, so the next cue speaks");
        assertEquals("Saved. Your next session uses these settings.", vm.messageProperty().get());
    }

    @Test
    void aSavedVoiceChoiceIsShownWhenTheScreenOpensAndResetTurnsItOff() {
        stored = voiceOn();
        vm.load();
        assertTrue(vm.voiceOnProperty().get());

        vm.resetToDefaults();
        assertFalse(vm.voiceOnProperty().get());
        assertTrue(savedToStore.isEmpty(), "reset is saved only with Save");
    }

    @Test
    void turningTheVoiceOffIsSavedToo() {
        stored = voiceOn();
        vm.load();
        vm.voiceOnProperty().set(false);
        vm.save();
        assertFalse(stored.voiceOn());
        assertFalse(applied.get(0).voiceOn());
    }

    @Test
    void testSoundPlaysPiriformisLeftWithTheLacrosseBallAsSetOnScreenUnsaved() {
        vm.load();
        vm.voiceOnProperty().set(true);
        vm.volumeProperty().set(35);
        vm.testSound();
        vm.voiceOnProperty().set(false);
        vm.volumeProperty().set(100);
        vm.testSound();

        assertEquals(List.of("piriformis left lacrosse_ball voice=true 0.35",
                "piriformis left lacrosse_ball voice=false 1.0"), tests);
        assertTrue(savedToStore.isEmpty(), "testing saves nothing");
        assertEquals(Tool.LACROSSE_BALL, vm.sample().tool());
        assertEquals(Side.LEFT, vm.sample().side());
    }

    @Test
    void testSoundIsSilentWithSoundsOff() {
        vm.load();
        vm.soundsOnProperty().set(false);
        vm.voiceOnProperty().set(true);
        vm.testSound();
        assertEquals(List.of(), tests);
    }

    /** The defaults with the voice on, made as the settings screen makes them. */
    private static Settings voiceOn() {
        Settings defaults = Settings.defaults(CATALOGUE);
        return new Settings(defaults.minutesByTarget(), defaults.repositionSeconds(), defaults.soundsOn(),
                defaults.volumePercent(), defaults.qlAfterDays(), true, defaults.theme());
    }
}
