package dev.unknot.ui.summary;

import dev.unknot.ui.pose.PoseFigure;
import dev.unknot.ui.pose.PoseShown;
import dev.unknot.ui.session.TimerParts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.PainPicker;
import dev.unknot.domain.exercises.Exercise;
import dev.unknot.domain.exercises.ExerciseBlock;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The end summary: what was done on each target and side. Enter goes home. */
public final class SummaryView extends VBox {

    /** The guide's self-check: four optional yes/no answers, each saved as it is given. */
    private static Node selfCheck(SummaryViewModel vm) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("self-check");
        grid.setHgap(10);
        grid.setVgap(4);
        Label heading = new Label("Self-check (optional)");
        heading.getStyleClass().add("section-heading");
        grid.add(heading, 0, 0, 3, 1);
        for (int i = 0; i < SummaryViewModel.SELF_CHECK_QUESTIONS.size(); i++) {
            String question = SummaryViewModel.SELF_CHECK_QUESTIONS.get(i);
            ObjectProperty<Boolean> answer = vm.selfCheckAnswers().get(i);
            ToggleGroup group = new ToggleGroup();
            ToggleButton yes = new ToggleButton("Yes");
            ToggleButton no = new ToggleButton("No");
            yes.setToggleGroup(group);
            no.setToggleGroup(group);
            yes.setAccessibleText(question + " Yes");
            no.setAccessibleText(question + " No");
            yes.getStyleClass().add("answer-yes");
            no.getStyleClass().add("answer-no");
            group.selectedToggleProperty().addListener((o, a, b) -> answer.set(b == null ? null : b == yes));
            grid.addRow(i + 1, new Label(question), yes, no);
        }
        return grid;
    }

    /**
     * The guide's strengthening that spares the sore area, each with a short how-to and a button that times it
     * (3 × 30 s with rests), and one that times all four in a row.
     */
    private static TitledPane strengthening(SummaryViewModel vm) {
        VBox list = new VBox(10);
        Button all = new Button("Time all four  (" + vm.blockLength(vm.exercises()) + ")");
        all.getStyleClass().add("strengthen-all");
        all.setAccessibleText("Time all four exercises, " + ExerciseBlock.DEFAULT.sets() + " sets each");
        all.setOnAction(e -> vm.strengthen(vm.exercises()));
        Label result = new Label();
        result.textProperty().bind(vm.strengthResultProperty());
        result.getStyleClass().add("strength-result");
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        list.getChildren().addAll(new HBox(12, all, result));
        for (Exercise exercise : vm.exercises()) {
            Label name = new Label(exercise.name() + " — " + ExerciseBlock.DEFAULT.sets() + " × "
                    + ExerciseBlock.DEFAULT.workSeconds() + " s, " + ExerciseBlock.DEFAULT.restSeconds() + " s rest");
            name.getStyleClass().add("exercise-name");
            name.setWrapText(true);
            Button time = new Button("Time it");
            time.getStyleClass().add("strengthen-one");
            time.setAccessibleText("Time " + exercise.name() + ", " + ExerciseBlock.DEFAULT.sets() + " sets");
            time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            time.setOnAction(e -> vm.strengthen(java.util.List.of(exercise)));
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox heading = new HBox(10, name, gap, time);
            heading.setAlignment(Pos.CENTER_LEFT);
            Label howTo = new Label(exercise.howTo());
            howTo.setWrapText(true);
            howTo.getStyleClass().add("exercise-how-to");
            VBox entry = new VBox(2, heading, howTo);
            PoseShown pose = vm.pose(exercise);
            if (pose == null) {
                list.getChildren().add(entry);
                continue;
            }
            list.getChildren().add(PoseFigure.besideEntry(pose, 120, 12, entry)); // how to do it, drawn still
        }
        TitledPane pane = new TitledPane("To keep spasms away: strengthen without loading the sore area", list);
        pane.setExpanded(false);
        pane.setAnimated(false); // opened by a key from across the room: at once, so it can be scrolled to
        pane.getStyleClass().add("strengthening");
        // Coming back from a timed block, the list is where the person left it.
        vm.strengthResultProperty().addListener((o, a, b) -> pane.setExpanded(true));
        return pane;
    }

    /** Opens the strengthening list, brings it into view and puts the keyboard on "Time all four". */
    private static void showStrengthening(TitledPane pane, ScrollPane scroll) {
        if (pane.isExpanded()) {
            pane.lookupAll(".strengthen-all").forEach(javafx.scene.Node::requestFocus);
            scroll.setVvalue(scroll.getVmax());
            return;
        }
        // The opened list is laid out on the next pulse: scroll to the end once it has grown.
        pane.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                pane.heightProperty().removeListener(this);
                javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
            }
        });
        pane.setExpanded(true);
        pane.lookupAll(".strengthen-all").forEach(javafx.scene.Node::requestFocus);
    }

    public SummaryView(SummaryViewModel vm) {
        getStyleClass().add("summary-view");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(18);

        Label title = new Label(vm.title());
        title.setWrapText(true);
        title.getStyleClass().add("summary-title");
        Label totals = new Label(vm.totals());
        totals.getStyleClass().add("summary-totals");

        GridPane table = new GridPane();
        table.getStyleClass().add("summary-table");
        table.setAccessibleText("Time worked per target and side");
        String[] headings = {"Target", "Side", "Tool", "Planned", "Worked", "Outcome"};
        for (int c = 0; c < headings.length; c++) {
            Label h = new Label(headings[c]);
            h.getStyleClass().add("summary-heading");
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            table.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == 0 ? Priority.ALWAYS : Priority.SOMETIMES);
            table.getColumnConstraints().add(cc);
        }
        int r = 1;
        for (SummaryViewModel.Row row : vm.rows()) {
            String[] cells = {row.target(), row.side(), row.tool(), row.planned(), row.worked(), row.outcome()};
            for (int c = 0; c < cells.length; c++) {
                Label cell = new Label(cells[c]);
                cell.getStyleClass().add("summary-cell");
                if (c > 0) {
                    cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // short values never cut; the name wraps
                } else {
                    cell.setWrapText(true);
                }
                if (c == 4) {
                    cell.getStyleClass().add(row.complete() ? "complete" : "partial");
                    cell.setAccessibleText(row.target() + ", " + row.side() + ": worked " + row.worked()
                            + " of " + row.planned() + ", " + row.outcome());
                }
                table.add(cell, c, r);
            }
            r++;
        }
        table.setMaxWidth(900);

        PainPicker pain = new PainPicker("Pain after (optional)", "Pain after", vm.painAfterProperty());
        TextField note = new TextField();
        note.setPromptText("Note (optional): how it felt, what helped");
        note.getStyleClass().add("session-note");
        note.setAccessibleText("Note about this session");
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.save();
            }
        });
        note.setMaxWidth(900);
        note.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.isContentChange()) {
                String old = change.getControlText();
                String fitted = vm.fitInserted(old.substring(0, change.getRangeStart()), change.getText(),
                        old.substring(change.getRangeEnd()));
                if (!fitted.equals(change.getText())) {
                    change.setText(fitted);
                }
            }
            return change;
        }));
        Label noteCount = TimerParts.label("note-count", vm.noteCountProperty());
        Label noteNotice = TimerParts.notice("note-notice", vm.noteNoticeProperty());
        HBox noteInfo = new HBox(12, noteNotice, noteCount);
        noteInfo.setMaxWidth(900);
        HBox.setHgrow(noteNotice, Priority.ALWAYS);
        noteInfo.managedProperty().bind(noteCount.textProperty().isNotEmpty().or(noteNotice.visibleProperty()));
        noteInfo.visibleProperty().bind(noteInfo.managedProperty());
        TitledPane strengthening = strengthening(vm);
        // What the person does next comes first: the rating and the note, right under the totals, so a small
        // window (800x560) shows them without scrolling; the table of targets, the self-check and the
        // strengthening follow.
        VBox reflection = new VBox(10, pain, note, noteInfo);
        reflection.setAlignment(Pos.CENTER);
        reflection.setMaxWidth(900);
        VBox afterTable = new VBox(10, selfCheck(vm), strengthening);
        afterTable.setAlignment(Pos.CENTER);
        afterTable.setMaxWidth(900);

        Button home = new Button("Back to start  (Enter)");
        home.setDefaultButton(true);
        home.setAccessibleText("Back to the start screen");
        home.setOnAction(e -> vm.done());

        // Everything but the way home scrolls as one page, so in a small window nothing is squeezed to nothing
        // and "Back to start" stays in view.
        VBox page = new VBox(18, title, totals, reflection, table, afterTable);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("summary-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("summary-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button strengthen = new Button("Strengthening…  (S)");
        strengthen.getStyleClass().add("show-strengthening");
        strengthen.setAccessibleText("Show the strengthening exercises and time them");
        strengthen.setOnAction(e -> showStrengthening(strengthening, scroll));
        HBox actions = new HBox(12, home, strengthen);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(scroll, actions);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!KeyRouting.toScreen(e)) {
                return; // S and the rest type in the note; Enter and Escape still finish
            }
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof Button b
                    && (b.getStyleClass().contains("strengthen-all") || b.getStyleClass().contains("strengthen-one"))) {
                e.consume();
                b.fire(); // Enter on a "time it" button times it rather than leaving
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.done();
            } else if (e.getCode() == KeyCode.S) {
                e.consume();
                showStrengthening(strengthening, scroll);
            }
        });
    }
}
