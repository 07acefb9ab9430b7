package dev.unknot.ui.summary;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import dev.unknot.ui.PainPicker;
import dev.unknot.domain.exercises.Exercise;
import dev.unknot.domain.exercises.ExerciseBlock;
import dev.unknot.domain.exercises.ExerciseCatalogue;
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

    /** The guide's strengthening that spares the sore area, each with a short how-to. */
    private static Node strengthening() {
        VBox list = new VBox(8);
        for (Exercise exercise : new ExerciseCatalogue().all()) {
            Label name = new Label(exercise.name() + " — " + ExerciseBlock.DEFAULT.sets() + " × "
                    + ExerciseBlock.DEFAULT.workSeconds() + " s, " + ExerciseBlock.DEFAULT.restSeconds() + " s rest");
            name.getStyleClass().add("exercise-name");
            Label howTo = new Label(exercise.howTo());
            howTo.setWrapText(true);
            howTo.getStyleClass().add("exercise-how-to");
            list.getChildren().add(new VBox(2, name, howTo));
        }
        TitledPane pane = new TitledPane("To keep spasms away: strengthen without loading the sore area", list);
        pane.setExpanded(false);
        pane.getStyleClass().add("strengthening");
        return pane;
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
        String[] headings = {"Target", "Side", "Tool", "Planned", "Worked"};
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
            String[] cells = {row.target(), row.side(), row.tool(), row.planned(), row.worked()};
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
                            + " of " + row.planned());
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
        VBox reflection = new VBox(10, pain, note, selfCheck(vm), strengthening());
        reflection.setAlignment(Pos.CENTER);
        reflection.setMaxWidth(900);

        Button home = new Button("Back to start  (Enter)");
        home.setDefaultButton(true);
        home.setAccessibleText("Back to the start screen");
        home.setOnAction(e -> vm.done());

        // Everything but the way home scrolls as one page, so in a small window nothing is squeezed to nothing
        // and "Back to start" stays in view.
        VBox page = new VBox(18, title, totals, table, reflection);
        page.setAlignment(Pos.TOP_CENTER);
        page.getStyleClass().add("summary-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("summary-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, home);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.done();
            }
        });
    }
}
