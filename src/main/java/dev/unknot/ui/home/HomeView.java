package dev.unknot.ui.home;

import dev.unknot.ui.pose.PoseFigure;
import dev.unknot.ui.pose.PoseShown;
import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.InitialFocus;
import dev.unknot.ui.Icon;
import dev.unknot.ui.Icons;
import dev.unknot.ui.body.BodyOutline;
import dev.unknot.domain.Region;
import dev.unknot.domain.Routine;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import dev.unknot.ui.PainPicker;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Pane;

import java.util.List;

/** The start screen. Enter starts the selected routine from anywhere on it. */
public final class HomeView extends BorderPane implements InitialFocus {
    /** Below this height the page is laid out compact (see the step list). */
    private static final double COMPACT_BELOW = 700;
    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");

    private final ListView<Routine> routineList;

    public HomeView(HomeViewModel vm) {
        this(vm, null);
    }

    /** @param episodes the spasm record and the guide's advice; null to leave that section out */
    public HomeView(HomeViewModel vm, EpisodesViewModel episodes) {
        getStyleClass().add("home-view");

        Label title = new Label("Unknot");
        title.getStyleClass().add("app-title");
        Label tagline = new Label("Guided self-myofascial release for back spasms — timed, hands-free, logged.");
        tagline.getStyleClass().add("tagline");
        tagline.setWrapText(true);
        Label notice = new Label();
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(Bindings.isNotEmpty(vm.noticeProperty()));
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setWrapText(true);
        Label welcome = new Label();
        welcome.getStyleClass().add("welcome");
        welcome.textProperty().bind(vm.welcomeProperty());
        welcome.visibleProperty().bind(Bindings.isNotEmpty(vm.welcomeProperty()));
        welcome.managedProperty().bind(welcome.visibleProperty());
        welcome.setWrapText(true);
        VBox header = new VBox(4, title, tagline, welcome, notice);
        if (episodes != null) {
            header.getChildren().add(episodeSection(episodes));
        }
        header.getStyleClass().add("home-header");
        setTop(header);

        routineList = new ListView<>(vm.routines());
        routineList.getStyleClass().add("routine-list");
        routineList.setAccessibleText("Routines");
        routineList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Routine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        routineList.getSelectionModel().select(vm.selectedProperty().get());
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && routineList.getSelectionModel().getSelectedItem() != b) {
                routineList.getSelectionModel().select(b);
            }
        });
        // New routines on offer (settings, an episode, the editor) clear the list's selection: show the choice again.
        vm.routines().addListener((javafx.collections.ListChangeListener<Routine>) change ->
                routineList.getSelectionModel().select(vm.selectedProperty().get()));
        routineList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        routineList.setPrefWidth(240);
        routineList.setMinWidth(160);
        Label routinesHeading = new Label("Routine");
        routinesHeading.getStyleClass().add("section-heading");
        routinesHeading.setLabelFor(routineList);
        VBox left = new VBox(8, routinesHeading, routineList);
        VBox.setVgrow(routineList, Priority.ALWAYS);

        Label stepsHeading = new Label();
        stepsHeading.getStyleClass().add("section-heading");
        stepsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "" : vm.selectedProperty().get().name() + ", in order",
                vm.selectedProperty()));
        VBox steps = new VBox();
        steps.getStyleClass().add("step-list");
        // A short window (800x560, say) lays the page out tighter: no tagline, and each step on one line, so the
        // preview shows most of a routine instead of one step in a sliver.
        javafx.beans.binding.BooleanBinding compact = heightProperty().lessThan(COMPACT_BELOW).and(heightProperty().greaterThan(0));
        compact.addListener((o, was, is) -> {
            pseudoClassStateChanged(COMPACT, is);
            fill(steps, vm.selectedProperty().get(), is);
        });
        tagline.managedProperty().bind(compact.not());
        tagline.visibleProperty().bind(compact.not());
        title.managedProperty().bind(compact.not()); // the window's own title still says Unknot
        title.visibleProperty().bind(compact.not());
        stepsHeading.managedProperty().bind(compact.not()); // the list beside it shows which routine
        stepsHeading.visibleProperty().bind(compact.not());
        vm.selectedProperty().addListener((o, a, b) -> fill(steps, b, compact.get()));
        fill(steps, vm.selectedProperty().get(), false);
        Label total = new Label();
        total.getStyleClass().add("routine-total");
        total.textProperty().bind(vm.totalTextProperty());
        total.setWrapText(true);

        Button start = new Button("Start  (Enter)");
        start.getStyleClass().add("start-button");
        start.setDefaultButton(true);
        start.setAccessibleText("Start the selected routine");
        start.setOnAction(e -> vm.start());
        Icons.on(start, Icon.PLAY);

        Label advice = new Label("Before you start: after a spasm begins, rest or apply heat first and wait about "
                + "24 hours before working on it. Heat brings blood flow; cold eases swelling.");
        advice.getStyleClass().add("advice");
        advice.setWrapText(true);

        // The steps scroll when the window is small; the total and the Start button always stay in view.
        ScrollPane stepScroll = new ScrollPane(steps);
        stepScroll.setFitToWidth(true);
        stepScroll.getStyleClass().add("step-scroll");
        stepScroll.setFocusTraversable(false);
        VBox.setVgrow(stepScroll, Priority.ALWAYS);
        PainPicker pain = new PainPicker("Pain now (optional)", "Pain now", vm.painBeforeProperty());
        pain.compactProperty().bind(compact);
        BodyOutline outline = new BodyOutline();
        outline.marksProperty().bind(vm.bodyMarksProperty());
        outline.fitTo(this, 0.46, 900, 620);
        HBox.setHgrow(stepScroll, Priority.ALWAYS);
        HBox stepsAndBody = new HBox(16, stepScroll, outline);
        VBox.setVgrow(stepsAndBody, Priority.ALWAYS);
        VBox right = new VBox(10, stepsHeading, stepsAndBody, total, pain, start);
        right.getStyleClass().add("routine-detail");
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(24, left, right);
        body.getStyleClass().add("home-body");
        setCenter(body);

        Label disclaimer = new Label();
        disclaimer.textProperty().bind(vm.disclaimerProperty());
        disclaimer.visibleProperty().bind(Bindings.isNotEmpty(vm.disclaimerProperty()));
        disclaimer.managedProperty().bind(disclaimer.visibleProperty());
        disclaimer.getStyleClass().add("disclaimer");
        disclaimer.setWrapText(true);
        VBox footer = new VBox(4, advice, disclaimer);
        footer.getStyleClass().add("home-footer");
        setBottom(footer);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && KeyRouting.toScreen(e)) {
                e.consume();
                vm.start();
            }
        });
    }

    private static Node episodeSection(EpisodesViewModel vm) {
        Button spasm = new Button("I have a spasm now…");
        spasm.getStyleClass().add("spasm-button");
        spasm.setOnAction(e -> vm.openForm());
        Icons.on(spasm, Icon.ALERT_CIRCLE_OUTLINE);
        spasm.visibleProperty().bind(vm.ongoingProperty().not().and(vm.formOpenProperty().not()));
        spasm.managedProperty().bind(spasm.visibleProperty());

        ToggleGroup where = new ToggleGroup();
        ToggleButton low = new ToggleButton("Low back");
        low.setUserData(Region.LOW_BACK);
        ToggleButton upper = new ToggleButton("Upper back");
        upper.setUserData(Region.UPPER_BACK);
        low.setToggleGroup(where);
        upper.setToggleGroup(where);
        where.selectToggle(vm.regionProperty().get() == Region.UPPER_BACK ? upper : low);
        where.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                where.selectToggle(a); // one region is always chosen
            } else {
                vm.regionProperty().set((Region) b.getUserData());
            }
        });
        PainPicker severity = new PainPicker("How bad?", "Spasm severity", vm.severityProperty());
        Button record = new Button("Record the spasm");
        record.getStyleClass().add("record-spasm");
        record.setOnAction(e -> vm.record());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancelForm());
        Label whereLabel = new Label("Where?");
        whereLabel.setLabelFor(low);
        low.setAccessibleText("Spasm in the low back");
        upper.setAccessibleText("Spasm in the upper back");
        cancel.setAccessibleText("Cancel recording a spasm");
        spasm.setAccessibleText("I have a spasm now: record when it began, where and how bad");
        HBox form = new HBox(10, whereLabel, low, upper, severity, record, cancel);
        form.getStyleClass().add("spasm-form");
        form.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane formWrap = new FlowPane(10, 6);
        formWrap.getChildren().add(form);
        formWrap.visibleProperty().bind(vm.formOpenProperty());
        formWrap.managedProperty().bind(formWrap.visibleProperty());

        Label episode = new Label();
        episode.textProperty().bind(vm.episodeTextProperty());
        episode.getStyleClass().add("episode-text");
        Label advice = new Label();
        advice.textProperty().bind(vm.adviceTextProperty());
        advice.getStyleClass().add("episode-advice");
        advice.setWrapText(true);
        Button relieved = new Button("Mark relieved");
        relieved.getStyleClass().add("mark-relieved");
        relieved.setOnAction(e -> vm.askRelieved());
        relieved.visibleProperty().bind(vm.confirmingRelievedProperty().not());
        relieved.managedProperty().bind(relieved.visibleProperty());
        Label eased = new Label("Has it eased enough to call it relieved?");
        Button yes = new Button("Yes, relieved");
        yes.getStyleClass().add("confirm-relieved");
        yes.setOnAction(e -> vm.markRelieved());
        Button notYet = new Button("Not yet");
        notYet.getStyleClass().add("cancel-relieved");
        notYet.setOnAction(e -> vm.cancelRelieved());
        HBox asking = new HBox(8, eased, yes, notYet);
        asking.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        asking.visibleProperty().bind(vm.confirmingRelievedProperty());
        asking.managedProperty().bind(asking.visibleProperty());
        VBox card = new VBox(4, episode, advice, relieved, asking);
        card.getStyleClass().add("episode-card");
        card.visibleProperty().bind(vm.ongoingProperty());
        card.managedProperty().bind(card.visibleProperty());

        Label doctor = new Label();
        doctor.textProperty().bind(vm.doctorTextProperty());
        doctor.getStyleClass().add("doctor-notice");
        doctor.setWrapText(true);
        doctor.visibleProperty().bind(Bindings.isNotEmpty(vm.doctorTextProperty()));
        doctor.managedProperty().bind(doctor.visibleProperty());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("episode-message");
        message.setWrapText(true);
        message.visibleProperty().bind(Bindings.isNotEmpty(vm.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());

        Button undoRelieved = new Button("Undo: still ongoing");
        undoRelieved.getStyleClass().add("undo-relieved");
        undoRelieved.setAccessibleText("Undo marking the spasm relieved");
        undoRelieved.setOnAction(e -> vm.undoRelieved());
        undoRelieved.visibleProperty().bind(vm.canUndoRelievedProperty());
        undoRelieved.managedProperty().bind(undoRelieved.visibleProperty());
        HBox said = new HBox(10, message, undoRelieved);
        said.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox section = new VBox(6, spasm, formWrap, card, doctor, said);
        section.getStyleClass().add("episode-section");
        return section;
    }

    /** One entry per step: the target, and beneath it the sides, tool and minutes; wraps at any width. */
    private static void fill(VBox list, Routine routine, boolean compact) {
        list.getChildren().clear();
        if (routine == null) {
            return;
        }
        int n = 1;
        List<PoseShown> poses = HomeViewModel.poses(routine);
        for (HomeViewModel.StepLine line : HomeViewModel.lines(routine)) {
            PoseShown pose = poses.get(n - 1);
            Label target = new Label(n++ + ".  " + line.target());
            target.getStyleClass().add("step-target");
            Label details = new Label(line.sides() + "  ·  " + line.tool() + "  ·  " + line.minutes());
            details.getStyleClass().add("step-cell");
            details.setWrapText(!compact);
            Pane entry = compact ? new HBox(10, target, details) : new VBox(2, target, details);
            if (compact) {
                target.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the name whole; the details may be cut
                ((HBox) entry).setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            }
            entry.getStyleClass().add("step-entry");
            if (pose == null || compact) {
                list.getChildren().add(entry); // a short window keeps the steps on one line each, without figures
                continue;
            }
            // A small figure of the position beside each step, drawn still.
            HBox row = PoseFigure.besideEntry(pose, 72, 10, entry);
            row.getChildren().get(0).getStyleClass().add("step-pose");
            list.getChildren().add(row);
        }
    }

    @Override
    public Node initialFocus() {
        return routineList;
    }
}
