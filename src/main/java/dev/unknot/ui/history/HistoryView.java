package dev.unknot.ui.history;

import dev.unknot.ui.InitialFocus;
import dev.unknot.domain.Target;
import dev.unknot.ui.ConfirmOverlay;
import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.history.HistoryViewModel.SessionRow;
import dev.unknot.ui.history.HistoryViewModel.StepRow;
import dev.unknot.ui.session.TimerParts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The history screen: filters, the session list, the selected session's steps, delete and undo. */
public final class HistoryView extends StackPane implements InitialFocus {
    private final TableView<SessionRow> list;
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    public HistoryView(HistoryViewModel vm) {
        getStyleClass().add("history-view");

        DatePicker from = new DatePicker();
        from.setConverter(isoDates(vm::typedFrom));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setPromptText("yyyy-mm-dd");
        from.setAccessibleText("From date");
        from.getStyleClass().add("filter-from");
        DatePicker to = new DatePicker();
        to.setConverter(isoDates(vm::typedTo));
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setPromptText("yyyy-mm-dd");
        to.setAccessibleText("To date");
        to.getStyleClass().add("filter-to");
        ComboBox<Target> target = new ComboBox<>();
        List<Target> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(vm.targets());
        target.getItems().setAll(choices);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(Target t) {
                return t == null ? "All targets" : t.name();
            }

            @Override
            public Target fromString(String s) {
                return null;
            }
        });
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setAccessibleText("Target filter");
        target.getStyleClass().add("filter-target");
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(10, 8, caption("From", from), from, caption("To", to), to,
                caption("Target", target), target, clear);
        filters.getStyleClass().add("history-filters");
        filters.setAlignment(Pos.CENTER_LEFT);
        Label fromError = TimerParts.notice("field-error", vm.fromErrorProperty());
        fromError.getStyleClass().add("from-error");
        Label toError = TimerParts.notice("field-error", vm.toErrorProperty());
        toError.getStyleClass().add("to-error");

        list = new TableView<>(vm.sessions());
        list.getStyleClass().add("session-list");
        list.setAccessibleText("Sessions, newest first");
        list.getColumns().add(column("When", SessionRow::when, 195));
        list.getColumns().add(column("Routine", SessionRow::routine, 110));
        list.getColumns().add(column("Worked / planned", SessionRow::worked, 140));
        list.getColumns().add(column("Status", SessionRow::status, 105));
        TableColumn<SessionRow, String> pain = column("Pain", SessionRow::pain, 70);
        Label painHeader = new Label("Pain");
        painHeader.setTooltip(new Tooltip("Pain before → after the session, 0–10"));
        pain.setGraphic(painHeader);
        pain.setText("");
        list.getColumns().add(pain);
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTextProperty());
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
            }
        });

        Label detailTitle = new Label();
        detailTitle.textProperty().bind(vm.detailTitleProperty());
        detailTitle.getStyleClass().add("detail-title");
        detailTitle.setWrapText(true);
        // The note in a read-only text area: three lines, scrolled (and selectable to copy); "Whole note" opens it up
        // to half the pane, so even 2,000 characters are read in full and the steps table keeps its place.
        TextArea noteText = new TextArea();
        noteText.textProperty().bind(vm.detailNoteProperty());
        noteText.setEditable(false);
        noteText.setWrapText(true);
        noteText.setPrefRowCount(3);
        noteText.getStyleClass().add("detail-note");
        noteText.setAccessibleText("The session's note");
        ToggleButton whole = new ToggleButton("Whole note");
        whole.getStyleClass().add("whole-note");
        whole.setAccessibleText("Show the whole note");
        vm.selectedProperty().addListener((o, a, b) -> whole.setSelected(false));
        VBox note = new VBox(4, noteText, whole);
        note.visibleProperty().bind(Bindings.isNotEmpty(vm.detailNoteProperty()));
        note.managedProperty().bind(note.visibleProperty());
        TableView<StepRow> steps = new TableView<>(vm.steps());
        steps.getStyleClass().add("step-list-table");
        steps.setAccessibleText("Steps of the selected session");
        steps.getColumns().add(column("Target", StepRow::target, 140));
        steps.getColumns().add(column("Side", StepRow::side, 58));
        steps.getColumns().add(column("Tool", StepRow::tool, 112));
        steps.getColumns().add(column("Worked", r -> r.worked() + " / " + r.planned(), 120));
        steps.getColumns().add(column("Outcome", StepRow::outcome, 100));
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        steps.setPlaceholder(new Label("Select a session to see its steps."));
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox detail = new VBox(8, detailTitle, note, steps);
        detail.getStyleClass().add("history-detail");
        noteText.prefHeightProperty().bind(Bindings.when(whole.selectedProperty())
                .then(detail.heightProperty().multiply(0.5)).otherwise(Region.USE_COMPUTED_SIZE));

        SplitPane split = new SplitPane(list, detail);
        // Side by side where there is room; the steps go under the list in a narrow window.
        split.orientationProperty().bind(Bindings.when(widthProperty().greaterThan(900))
                .then(Orientation.HORIZONTAL).otherwise(Orientation.VERTICAL));
        split.setDividerPositions(0.55);

        Button delete = new Button("Delete session…  (Delete)");
        delete.getStyleClass().add("delete-button");
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> vm.requestDelete());
        Button undo = new Button("Undo delete  (Ctrl+Z)");
        undo.getStyleClass().add("undo-button");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("history-message");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actions = new HBox(10, delete, undo, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("history-actions");

        Label title = new Label("History");
        title.getStyleClass().add("screen-title");
        BorderPane layout = new BorderPane(split);
        layout.setTop(new VBox(10, title, filters, fromError, toError));
        layout.setBottom(actions);
        layout.getStyleClass().add("history-layout");

        getChildren().addAll(layout, confirmation(vm));

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.confirmingDeleteProperty().get()) {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.confirmDelete();
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    vm.cancelDelete();
                    e.consume();
                }
            } else if (!KeyRouting.toScreen(e)) {
                return; // Delete and Ctrl+Z in a filter field edit the field
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.requestDelete();
                e.consume();
            } else if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            }
        });
    }

    private Node confirmation(HistoryViewModel vm) {
        ConfirmOverlay overlay = new ConfirmOverlay("delete-confirm", vm::confirmDelete, vm::cancelDelete)
                .texts("Delete this session?", "", "Delete  (Enter)", "Keep it  (Esc)");
        overlay.detail().textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : vm.selectedProperty().get().when() + " · " + vm.selectedProperty().get().routine()
                + "\nYou can undo this with Ctrl+Z until you close Unknot.", vm.selectedProperty()));
        overlay.visibleProperty().bind(vm.confirmingDeleteProperty());
        return overlay;
    }

    private static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("filter-caption");
        return label;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    @Override
    public Node initialFocus() {
        return list;
    }

    /** Dates shown as 2026-11-25, the same everywhere and what the log and CSV use; typed ones go to the view-model. */
    private static StringConverter<LocalDate> isoDates(java.util.function.Function<String, LocalDate> typed) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return typed.apply(text);
            }
        };
    }
}
