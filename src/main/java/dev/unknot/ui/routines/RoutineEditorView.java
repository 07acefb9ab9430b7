package dev.unknot.ui.routines;

import dev.unknot.domain.Sides;
import dev.unknot.domain.Target;
import dev.unknot.domain.Tool;
import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.ConfirmOverlay;
import dev.unknot.ui.InitialFocus;
import dev.unknot.ui.UnsavedEdits;
import dev.unknot.ui.routines.RoutineListViewModel.RoutineList;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The routine editor: the routines on the left, the selected one's name and steps on the right. Ctrl+S saves;
 * a step moves with Alt+Up / Alt+Down, its ↑ ↓ buttons, or by dragging its row onto another; Delete on the list
 * asks before deleting a routine of one's own, and Alt+Up / Alt+Down there move it among them.
 */
public final class RoutineEditorView extends StackPane implements UnsavedEdits, InitialFocus {
    /** The keys with modifiers the screen knows, matched exactly; any other key by its code alone. */
    private static final Map<KeyCombination, EditorKey> COMMANDS = Map.of(
            KeyCombination.keyCombination("Shortcut+S"), EditorKey.SAVE,
            KeyCombination.keyCombination("Alt+Up"), EditorKey.MOVE_UP,
            KeyCombination.keyCombination("Alt+Down"), EditorKey.MOVE_DOWN);
    private static final Map<KeyCode, EditorKey> KEYS = Map.of(KeyCode.ENTER, EditorKey.ENTER,
            KeyCode.ESCAPE, EditorKey.ESCAPE, KeyCode.TAB, EditorKey.TAB, KeyCode.SPACE, EditorKey.SPACE,
            KeyCode.DELETE, EditorKey.DELETE);
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass BUILT_IN = PseudoClass.getPseudoClass("built-in");
    /** Where a node is a step row, the row it shows. */
    private static final String ROW_KEY = RoutineEditorView.class.getName() + ".row";

    private final RoutineEditorViewModel vm;
    private final DraftViewModel draft;
    private final VBox stepBox = new VBox(8);
    private final Map<StepRow, Node> rowNodes = new IdentityHashMap<>();
    private final ListView<RoutineItem> list = new ListView<>();
    private final TextField nameField = new TextField();
    private final ComboBox<Target> addTarget = new ComboBox<>();
    private final ConfirmOverlay backdrop;
    /** True while the list is being brought in line with the view-model's, so its selection is not a choice. */
    private boolean syncingList;
    /** What had the focus when the question was asked, to give it back after. */
    private Node focusBefore;

    /** @param vm the editor's state and commands; call {@link RoutineEditorViewModel#load()} to read the routines */
    public RoutineEditorView(RoutineEditorViewModel vm) {
        this.vm = vm;
        this.draft = vm.draft();
        getStyleClass().add("routine-editor-view");

        Label title = new Label("Routines");
        title.getStyleClass().add("screen-title");
        BorderPane layout = new BorderPane();
        layout.getStyleClass().add("routine-editor-layout");
        layout.setTop(title);
        layout.setLeft(routineList());
        layout.setCenter(editor());
        BorderPane.setMargin(title, new Insets(0, 0, 12, 0));

        backdrop = confirmation();
        getChildren().addAll(layout, backdrop);

        // Every key goes to the view-model, which says whether it used it.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyPress press = new KeyPress(keyOf(e), KeyRouting.toScreen(e), e.getTarget() == list,
                    stepIndexOf(e.getTarget() instanceof Node node ? node : null));
            if (vm.keyPressed(press)) {
                e.consume();
            }
        });
        vm.focusRequestProperty().addListener((o, a, request) -> focus(request));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                vm.shown();
            }
        });
    }

    /** The editor's name for a key press. */
    private static EditorKey keyOf(KeyEvent e) {
        return COMMANDS.entrySet().stream().filter(c -> c.getKey().match(e)).map(Map.Entry::getValue).findFirst()
                .orElse(KEYS.getOrDefault(e.getCode(), EditorKey.OTHER));
    }

    /** Gives the keyboard where the view-model asks. */
    private void focus(FocusRequest request) {
        switch (request.spot()) {
            case LIST -> list.requestFocus();
            case NAME -> {
                nameField.requestFocus();
                nameField.selectAll();
            }
            case STEP -> rowNodes.get(draft.steps().get(request.step())).lookup(".remove-step").requestFocus();
            case ADD_STEP -> addTarget.requestFocus();
            case QUESTION -> {
                focusBefore = getScene() == null ? null : getScene().getFocusOwner();
                backdrop.no().requestFocus();
            }
            case BACK -> (canTakeFocus(focusBefore) ? focusBefore : list).requestFocus();
        }
    }

    private static boolean canTakeFocus(Node node) {
        return node != null && node.getScene() != null && !node.isDisabled() && node.isVisible();
    }

    // ---- the routines ----------------------------------------------------------------------------------

    private Node routineList() {
        Label caption = new Label("Built-in first, then your own");
        caption.getStyleClass().add("routine-caption");
        list.getStyleClass().addAll("routine-list", "routine-editor-list");
        list.setAccessibleText("Routines: built-in first, then your own. Delete deletes one of your own; "
                + "Alt+Up and Alt+Down move it.");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RoutineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setAccessibleText(empty || item == null ? null : item.label());
                pseudoClassStateChanged(BUILT_IN, !empty && item != null && item.builtIn());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingList) {
                vm.select(b);
            }
        });
        vm.list().shownProperty().addListener((o, a, b) -> showList(b));
        showList(vm.list().shownProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = button("New", "new-routine", "New routine", vm::newRoutine);
        Button duplicate = button("Duplicate", "duplicate-routine", "Duplicate the selected routine", vm::duplicate);
        duplicate.disableProperty().bind(draft.canDuplicateProperty().not());
        Button delete = button("Delete…", "delete-routine", "Delete the selected routine", vm::requestDelete);
        delete.disableProperty().bind(draft.canDeleteProperty().not());
        FlowPane buttons = new FlowPane(8, 8, add, duplicate, delete);
        buttons.getStyleClass().add("routine-list-actions");

        VBox left = new VBox(8, caption, list, buttons);
        left.getStyleClass().add("routine-editor-left");
        // Narrower in a small window, so the steps keep the room.
        left.prefWidthProperty().bind(Bindings.max(190, Bindings.min(280, widthProperty().multiply(0.22))));
        left.setMinWidth(Region.USE_PREF_SIZE);
        return left;
    }

    /**
     * Shows the view-model's routines and selects the one it says (scrolled to when that changes). The list has its
     * own copy, so its reaction to new items happens while syncing and is not taken for a choice.
     */
    private void showList(RoutineList shown) {
        syncingList = true;
        try {
            if (!list.getItems().equals(shown.items())) {
                list.getItems().setAll(shown.items());
            }
            if (list.getSelectionModel().getSelectedIndex() != shown.selected()) {
                list.getSelectionModel().clearAndSelect(shown.selected());
                list.scrollTo(list.getSelectionModel().getSelectedItem()); // none: no scrolling
            }
        } finally {
            syncingList = false;
        }
    }

    // ---- the routine being edited ----------------------------------------------------------------------

    private Node editor() {
        Label heading = new Label();
        heading.textProperty().bind(draft.headingProperty());
        heading.getStyleClass().add("routine-heading");
        heading.setWrapText(true);
        Label hint = label(draft.hintProperty(), "routine-hint");

        nameField.getStyleClass().add("routine-name");
        nameField.setAccessibleText("Routine name");
        nameField.setPromptText("Name your routine");
        nameField.setPrefColumnCount(22);
        nameField.editableProperty().bind(draft.readOnlyProperty().not());
        twoWay(nameField, draft.nameProperty(), draft::rename);
        markInvalid(nameField, draft.nameErrorProperty());
        Label nameCaption = new Label("Name");
        nameCaption.setLabelFor(nameField);
        FlowPane nameRow = new FlowPane(10, 6, nameCaption, nameField, error(draft.nameErrorProperty(), "name-error"));
        nameRow.setAlignment(Pos.CENTER_LEFT);
        nameRow.setMinWidth(0);

        Label stepsCaption = new Label("Steps — drag a row, or Alt+Up / Alt+Down, to change the order");
        stepsCaption.getStyleClass().add("section-heading");
        stepsCaption.setWrapText(true);
        stepBox.getStyleClass().add("step-editor-list");
        draft.steps().addListener((ListChangeListener<StepRow>) c -> showRows());
        showRows();
        addTarget.getItems().setAll(vm.targets());
        addTarget.setConverter(converter(Target::name));
        addTarget.setPromptText("Choose a target");
        addTarget.setAccessibleText("Target for a new step");
        addTarget.getStyleClass().add("add-step-target");
        Button addStep = button("Add step", "add-step", "Add a step for the chosen target", () -> {
            draft.addStep(addTarget.getValue());
        });
        addStep.disableProperty().bind(addTarget.valueProperty().isNull());
        HBox addRow = new HBox(10, addTarget, addStep);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.disableProperty().bind(draft.readOnlyProperty());
        addRow.visibleProperty().bind(draft.readOnlyProperty().not());
        addRow.managedProperty().bind(addRow.visibleProperty());

        Button save = button("Save  (Ctrl+S)", "save-routine", "Save the routine", vm::save);
        save.disableProperty().bind(draft.readOnlyProperty().or(vm.savingProperty()));
        save.getStyleClass().add("default-action");
        save.visibleProperty().bind(draft.readOnlyProperty().not());
        save.managedProperty().bind(save.visibleProperty());
        Button revert = button("Revert", "revert-routine", "Undo the unsaved changes", draft::revert);
        revert.disableProperty().bind(draft.readOnlyProperty().or(draft.dirtyProperty().not()));
        revert.visibleProperty().bind(save.visibleProperty());
        revert.managedProperty().bind(save.visibleProperty());
        Label message = label(vm.messageProperty(), "routine-message");
        FlowPane actions = new FlowPane(10, 8, save, revert, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setMinWidth(0);
        actions.getStyleClass().add("routine-actions");

        VBox detail = new VBox(12, heading, hint, nameRow, stepsCaption, stepBox,
                error(draft.stepsErrorProperty(), "steps-error"), addRow, actions);
        detail.getStyleClass().add("routine-editor-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("routine-editor-scroll");
        return scroll;
    }

    /** Puts the rows in the view-model's order, keeping each row's node (and so the focus) as its step moves. */
    private void showRows() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        List<StepRow> rows = draft.steps();
        rowNodes.keySet().removeIf(kept -> rows.stream().noneMatch(r -> r == kept));
        stepBox.getChildren().setAll(rows.stream().map(r -> rowNodes.computeIfAbsent(r, this::rowNode)).toList());
        if (focused != null && focused.getScene() != null && !focused.isFocused()) {
            focused.requestFocus();
        }
    }

    private Node rowNode(StepRow row) {
        Target target = row.target();
        Label handle = new Label("⠿");
        handle.getStyleClass().add("drag-handle");
        Tooltip.install(handle, new Tooltip("Drag onto another step to move it there"));
        Label number = new Label();
        number.textProperty().bind(Bindings.createStringBinding(() -> (row.index() + 1) + ".", row.indexProperty()));
        number.getStyleClass().add("step-number");

        Button up = button("↑", "move-up", null, () -> draft.moveStepUp(row.index()));
        up.disableProperty().bind(row.canMoveUpProperty().not());
        up.setTooltip(new Tooltip("Move up (Alt+Up)"));
        Button down = button("↓", "move-down", null, () -> draft.moveStepDown(row.index()));
        down.disableProperty().bind(row.canMoveDownProperty().not());
        down.setTooltip(new Tooltip("Move down (Alt+Down)"));

        Label name = new Label(target.name());
        name.getStyleClass().add("step-target");
        name.setWrapText(true);

        ComboBox<Tool> tool = new ComboBox<>();
        tool.getItems().setAll(row.tools());
        tool.setConverter(converter(Tool::label));
        tool.getStyleClass().add("step-tool");
        tool.setPrefWidth(165);
        follow(tool, row.toolProperty(), t -> draft.setTool(row.index(), t));

        ComboBox<Sides> sides = new ComboBox<>();
        sides.getItems().setAll(row.sidesChoices());
        sides.setConverter(converter(Sides::label));
        sides.getStyleClass().add("step-sides");
        sides.setPrefWidth(178);
        follow(sides, row.sidesProperty(), s -> draft.setSides(row.index(), s));

        TextField minutes = new TextField();
        minutes.setPrefColumnCount(3);
        minutes.getStyleClass().add("step-minutes");
        twoWay(minutes, row.minutesProperty(), text -> draft.setMinutes(row.index(), text));
        markInvalid(minutes, row.minutesErrorProperty());
        minutes.editableProperty().bind(draft.readOnlyProperty().not());
        Label unit = new Label(row.minutesUnit());
        unit.getStyleClass().add("step-unit");
        unit.setLabelFor(minutes);

        Button remove = button("✕", "remove-step", null, () -> draft.removeStep(row.index()));
        remove.setTooltip(new Tooltip("Remove this step"));
        remove.disableProperty().bind(draft.readOnlyProperty());
        tool.disableProperty().bind(draft.readOnlyProperty());
        sides.disableProperty().bind(draft.readOnlyProperty());

        // Spoken names say which step each control belongs to, as the step moves.
        accessible(up, row, "Move %s up, step %d");
        accessible(down, row, "Move %s down, step %d");
        accessible(tool, row, "Tool for %s, step %d");
        accessible(sides, row, "Sides for %s, step %d");
        accessible(minutes, row, "Minutes for %s, step %d");
        accessible(remove, row, "Remove %s, step %d");

        // Target, what to use, how long, then the buttons: Tab goes that way, and an error wraps in after the
        // buttons without moving them.
        HBox lead = new HBox(6, handle, number, name);
        lead.setAlignment(Pos.CENTER_LEFT);
        HBox time = new HBox(6, minutes, unit);
        time.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(4, up, down, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // A built-in routine is shown as read-only, not as controls that happen to be greyed: no handle to drag,
        // no move or remove buttons (its minutes already show as plain text).
        buttons.visibleProperty().bind(draft.readOnlyProperty().not());
        buttons.managedProperty().bind(buttons.visibleProperty());
        handle.visibleProperty().bind(draft.readOnlyProperty().not());
        FlowPane node = new FlowPane(8, 6, lead, tool, sides, time, buttons,
                error(row.minutesErrorProperty(), "minutes-error"),
                error(row.toolErrorProperty(), "tool-error"),
                error(row.sidesErrorProperty(), "sides-error"));
        node.setAlignment(Pos.CENTER_LEFT);
        node.setMinWidth(0); // wraps instead, in a narrow window
        node.getStyleClass().addAll("step-row", "step-" + target.id());
        node.getProperties().put(ROW_KEY, row);
        dragAndDrop(node, row);
        return node;
    }

    /** A row is dragged by any part that is not a control, and dropped onto another row to take its place. */
    private void dragAndDrop(Node node, StepRow row) {
        node.setOnDragDetected(e -> {
            if (draft.readOnlyProperty().get() || insideControl(e.getPickResult().getIntersectedNode(), node)) {
                return;
            }
            Dragboard board = node.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(row.target().name());
            board.setContent(content);
            e.consume();
        });
        node.setOnDragOver(e -> {
            if (draft.canMoveStep(draggedIndex(e), row.index())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        node.setOnDragEntered(e -> node.pseudoClassStateChanged(DROP_TARGET,
                draft.canMoveStep(draggedIndex(e), row.index())));
        node.setOnDragExited(e -> node.pseudoClassStateChanged(DROP_TARGET, false));
        node.setOnDragDropped(e -> {
            node.pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(draft.moveStep(draggedIndex(e), row.index()));
            e.consume();
        });
    }

    /** Where the step row being dragged is, when the drag started on one of this screen's rows; else -1. */
    private int draggedIndex(DragEvent e) {
        return e.getGestureSource() instanceof Node source && stepBox.getChildren().contains(source)
                ? ((StepRow) source.getProperties().get(ROW_KEY)).index() : -1;
    }

    private static boolean insideControl(Node picked, Node row) {
        for (Node n = picked; n != null && n != row; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }

    /** Where the step row a node is in is, if it is in one; else -1. */
    private int stepIndexOf(Node node) {
        for (Node n = node; n != null && n != stepBox; n = n.getParent()) {
            Object row = n.getProperties().get(ROW_KEY);
            if (row instanceof StepRow stepRow) {
                return stepRow.index();
            }
        }
        return -1;
    }

    // ---- the question asked before something is lost -----------------------------------------------------

    private ConfirmOverlay confirmation() {
        ConfirmationViewModel asked = vm.question();
        ConfirmOverlay overlay = new ConfirmOverlay("routine-confirm", vm::confirm, vm::cancelConfirmation);
        overlay.question().textProperty().bind(asked.questionProperty());
        overlay.detail().textProperty().bind(asked.detailProperty());
        overlay.yes().textProperty().bind(asked.confirmTextProperty());
        overlay.no().textProperty().bind(asked.keepTextProperty());
        overlay.yes().getStyleClass().add("confirm-yes");
        overlay.no().getStyleClass().add("confirm-no");
        overlay.card().setMaxWidth(560);
        overlay.visibleProperty().bind(asked.showingProperty());
        return overlay;
    }

    // ---- small pieces ----------------------------------------------------------------------------------

    private static Button button(String text, String styleClass, String accessibleText, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(styleClass);
        if (accessibleText != null) {
            button.setAccessibleText(accessibleText);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(ReadOnlyStringProperty text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label error(ReadOnlyStringProperty text, String styleClass) {
        Label error = label(text, "field-error");
        error.getStyleClass().add(styleClass);
        error.setMaxWidth(320);
        return error;
    }

    /** The field shows the view-model's text and hands every edit back to it. */
    private static void twoWay(TextField field, ReadOnlyStringProperty text, Consumer<String> edited) {
        field.setText(text.get());
        text.addListener((o, a, b) -> {
            if (!b.equals(field.getText())) {
                field.setText(b);
            }
        });
        field.textProperty().addListener((o, a, b) -> {
            if (!b.equals(text.get())) {
                edited.accept(b);
            }
        });
    }

    /** The box shows the view-model's value and hands every choice back to it. */
    private static <T> void follow(ComboBox<T> box, ObservableValue<T> value, Consumer<T> chosen) {
        box.setValue(value.getValue());
        value.addListener((o, a, b) -> box.setValue(b));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != value.getValue()) {
                chosen.accept(b);
            }
        });
    }

    private static void markInvalid(Node field, ReadOnlyStringProperty error) {
        field.pseudoClassStateChanged(INVALID, !error.get().isEmpty());
        error.addListener((o, a, b) -> field.pseudoClassStateChanged(INVALID, !b.isEmpty()));
    }

    private static void accessible(Node node, StepRow row, String format) {
        node.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> String.format(format, row.target().name(), row.index() + 1), row.indexProperty()));
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @Override
    public void leaveThen(Runnable leave) {
        vm.leaveThen(leave);
    }

    /** The list of routines, so the arrow keys choose one as soon as the screen opens. */
    @Override
    public Node initialFocus() {
        return list;
    }
}
