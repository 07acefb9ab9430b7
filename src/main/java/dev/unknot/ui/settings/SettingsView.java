package dev.unknot.ui.settings;

import javafx.scene.Node;
import dev.unknot.ui.ConfirmOverlay;
import dev.unknot.ui.InitialFocus;
import dev.unknot.ui.UnsavedEdits;
import javafx.scene.layout.StackPane;
import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.Icon;
import dev.unknot.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The settings screen. Ctrl+S or Enter saves; each wrong field says what is wrong beside it. */
public final class SettingsView extends StackPane implements InitialFocus, UnsavedEdits {
    private TextField firstField;
    private final SettingsViewModel vm;
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("settings-view");
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");

        Label title = new Label("Settings");
        title.getStyleClass().add("screen-title");
        Label intro = new Label("Minutes per side (or in all, for a target worked in the centre): a whole number from "
                + "5 to 30, as the guide advises. Your own routines keep the minutes you give each of their steps.");
        intro.setWrapText(true);
        intro.getStyleClass().add("settings-intro");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.setHgap(14);
        grid.setVgap(8);
        int row = 0;
        TextField first = null;
        for (SettingsViewModel.TargetField t : vm.targets()) {
            TextField field = field(t.field(), "minutes-" + t.target().id(), t.target().name() + " minutes");
            if (first == null) {
                first = field;
            }
            Label name = new Label(t.target().name());
            name.setLabelFor(field);
            grid.addRow(row++, name, field, new Label("min"), error(t.field()));
        }
        TextField reposition = field(vm.reposition(), "reposition-seconds", "Seconds to get into position");
        Label repositionName = new Label("Countdown to get into position");
        repositionName.setLabelFor(reposition);
        grid.addRow(row++, repositionName, reposition, new Label("s"), error(vm.reposition()));

        CheckBox sounds = new CheckBox("Sound cues");
        sounds.selectedProperty().bindBidirectional(vm.soundsOnProperty());
        sounds.getStyleClass().add("sounds-on");
        Slider volume = new Slider(0, 100, 80);
        volume.valueProperty().bindBidirectional(vm.volumeProperty());
        volume.setAccessibleText("Volume");
        volume.setBlockIncrement(10);
        volume.disableProperty().bind(vm.soundsOnProperty().not());
        Label volumeName = new Label("Volume");
        volumeName.setLabelFor(volume);
        CheckBox voice = new CheckBox("Spoken cues");
        voice.selectedProperty().bindBidirectional(vm.voiceOnProperty());
        voice.getStyleClass().add("voice-on");
        voice.setAccessibleHelp("Say each cue, such as \"Switch sides\", after its tone");
        voice.disableProperty().bind(vm.soundsOnProperty().not());
        Button test = new Button("Test sound");
        test.getStyleClass().add("test-sound");
        test.setAccessibleHelp("Plays the get-into-position cue with these choices");
        test.disableProperty().bind(vm.soundsOnProperty().not());
        test.setOnAction(e -> vm.testSound());
        FlowPane soundRow = new FlowPane(14, 8, sounds, voice, volumeName, volume, test);
        soundRow.getStyleClass().add("sound-row");
        soundRow.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button("Save  (Ctrl+S)");
        save.setDefaultButton(true);
        save.getStyleClass().add("save-settings");
        save.setOnAction(e -> vm.save());
        Icons.on(save, Icon.CONTENT_SAVE);
        Button reset = new Button("Reset to defaults");
        reset.setOnAction(e -> vm.resetToDefaults());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("settings-message");
        message.setWrapText(true);
        save.setMinWidth(Region.USE_PREF_SIZE); // a long message wraps; the buttons keep their words
        reset.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(10, save, reset, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        firstField = first;
        VBox page = new VBox(14, title, intro, grid, soundRow, new ThemeChoice(vm.themeProperty()), actions);
        page.getStyleClass().add("settings-page");
        scroll.setContent(page);
        ConfirmOverlay leaving = new ConfirmOverlay("leave-confirm", vm::discardAndLeave, vm::keepEditing).texts(
                "Discard your changes?", "Your changes to the settings are not saved.",
                "Discard  (Enter)", "Keep editing  (Esc)");
        leaving.visibleProperty().bind(vm.confirmingLeaveProperty());
        getChildren().addAll(scroll, leaving);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.confirmingLeaveProperty().get()) {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.discardAndLeave();
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    vm.keepEditing();
                    e.consume();
                } else if (e.getCode() != KeyCode.TAB) {
                    e.consume(); // nothing behind the question changes while it is asked
                }
            } else if (KeyRouting.toScreen(e) && (SAVE.match(e) || e.getCode() == KeyCode.ENTER)) {
                e.consume();
                vm.save();
            }
        });
    }

    @Override
    public void leaveThen(Runnable leave) {
        vm.leaveThen(leave);
    }

    private static TextField field(SettingsViewModel.Field model, String styleClass, String accessibleText) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(model.textProperty());
        field.setPrefColumnCount(4);
        field.getStyleClass().addAll("settings-field", styleClass);
        field.setAccessibleText(accessibleText);
        model.errorProperty().addListener((o, a, b) -> field.pseudoClassStateChanged(INVALID, !b.isEmpty()));
        field.pseudoClassStateChanged(INVALID, !model.errorProperty().get().isEmpty());
        return field;
    }

    private static Label error(SettingsViewModel.Field model) {
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        return error;
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    @Override
    public Node initialFocus() {
        return firstField;
    }
}
