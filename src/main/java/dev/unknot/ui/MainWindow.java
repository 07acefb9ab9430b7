package dev.unknot.ui;

import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.ui.history.HistoryView;
import dev.unknot.ui.history.HistoryViewModel;
import dev.unknot.ui.home.EpisodesViewModel;
import dev.unknot.ui.home.HomeView;
import dev.unknot.ui.home.HomeViewModel;
import dev.unknot.ui.insights.InsightsView;
import dev.unknot.ui.insights.InsightsViewModel;
import dev.unknot.ui.session.SessionView;
import dev.unknot.ui.session.SessionViewModel;
import dev.unknot.domain.exercises.ExercisePlan;
import dev.unknot.ui.exercises.ExerciseView;
import dev.unknot.ui.exercises.ExerciseViewModel;
import dev.unknot.ui.session.MiniTimer;
import dev.unknot.ui.summary.SummaryView;
import dev.unknot.ui.summary.SummaryViewModel;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one window's content: start screen, session, summary, history and insights, and the menu bar. Holds which
 * screen shows and how to get between them, nothing else. The menu hides during a session: its keys are the
 * session's.
 */
public final class MainWindow {
    private static final String MINI = "mini";
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final MenuBar menuBar = new MenuBar();
    private final SessionStarter sessions;
    private final ObservableStringValue saveProblem;
    private final Supplier<HistoryViewModel> historyFactory;
    private final Supplier<InsightsViewModel> insightsFactory;
    private HistoryViewModel history;
    private HomeViewModel home;
    private EpisodesViewModel episodes;
    private SessionViewModel running;
    private ExerciseViewModel exercising;
    private Function<ExercisePlan, ExerciseViewModel> exercises;
    private WindowPlaces places;
    private MiniTimer mini;
    private Runnable onQuit = () -> { };

    /**
     * @param sessions    makes a ready-to-start session for a routine (wired to the clock, log and sounds)
     * @param saveProblem plain-words message while the log cannot be written, empty otherwise
     * @param history     makes the history view-model, once per log: it keeps the undo list until the app closes or
     *                    a restore replaces the log
     * @param insights    makes a fresh insights view-model each time the screen opens
     * @param extraMenus  menus the app adds (export, backups), shown after the first
     */
    public MainWindow(SessionStarter sessions, ObservableStringValue saveProblem, Supplier<HistoryViewModel> history,
                      Supplier<InsightsViewModel> insights, List<Menu> extraMenus) {
        this.sessions = Objects.requireNonNull(sessions);
        this.saveProblem = Objects.requireNonNull(saveProblem);
        this.historyFactory = Objects.requireNonNull(history);
        this.insightsFactory = Objects.requireNonNull(insights);
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("content");
        root.setCenter(content);

        Menu app = new Menu("_Unknot");
        app.getItems().addAll(
                Icons.on(item("_Start screen", "Shortcut+1", this::showHome), Icon.HOME),
                Icons.on(item("_History", "Shortcut+H", this::showHistory), Icon.HISTORY),
                Icons.on(item("_Insights", "Shortcut+I", this::showInsights), Icon.CHART_LINE),
                new SeparatorMenuItem(),
                Icons.on(item("_Quit", "Shortcut+Q", () -> onQuit.run()), Icon.EXIT_TO_APP));
        menuBar.getMenus().add(app);
        menuBar.getMenus().addAll(extraMenus);
        menuBar.getStyleClass().add("app-menu");
        root.setTop(menuBar);

        // The menu's keys come before a text field's own (Ctrl+H deletes back in one), so they work from any field.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!menuBar.isVisible() || !KeyRouting.toScreen(e)) {
                return; // a session: its keys are its own; or a field's editing command (Ctrl+Z, Ctrl+A...)
            }
            for (Menu menu : menuBar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getAccelerator() != null && !item.isDisable() && item.getAccelerator().match(e)) {
                        e.consume();
                        item.fire();
                        return;
                    }
                }
            }
        });

        // Escape on a browsing screen goes back to the start screen, unless the screen used it (a confirmation) or a
        // field's open list did.
        content.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && KeyRouting.toScreen(e) && !busy()
                    && !(content.getChildren().get(0) instanceof HomeView)) {
                e.consume();
                showHome();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public void setHome(HomeViewModel home) {
        this.home = Objects.requireNonNull(home);
    }

    /**
     * Adds a screen reachable from the Unknot menu (before Quit), e.g. settings or the routine editor; the
     * factory makes it afresh each time it is opened.
     */
    public void addScreen(String menuText, String accelerator, Supplier<Parent> screen) {
        addScreen(menuText, accelerator, null, screen);
    }

    /** As {@link #addScreen(String, String, Supplier)}, with an icon beside the menu item. */
    public void addScreen(String menuText, String accelerator, Icon icon, Supplier<Parent> screen) {
        Menu app = menuBar.getMenus().get(0);
        int beforeSeparator = app.getItems().size() - 2;
        MenuItem item = item(menuText, accelerator, () -> {
            if (!busy()) {
                show(screen.get(), true);
            }
        });
        if (icon != null) {
            Icons.on(item, icon);
        }
        app.getItems().add(beforeSeparator, item);
    }

    /** The spasm record shown on the start screen. */
    public void setEpisodes(EpisodesViewModel episodes) {
        this.episodes = episodes;
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = Objects.requireNonNull(onQuit);
    }

    public void showHome() {
        if (!busy()) {
            if (episodes != null) {
                episodes.refresh();
            }
            show(new HomeView(home, episodes), true);
        }
    }

    /**
     * A restore replaced the log under every screen: the history's undo list held sessions of the log as it was, so
     * the history starts afresh (Ctrl+Z must not put one of them into the restored log), and the start screen shows.
     */
    public void logReplaced() {
        history = null;
        showHome();
    }

    public void showHistory() {
        if (!busy()) {
            if (history == null) {
                history = historyFactory.get();
            }
            history.refresh();
            show(new HistoryView(history), true);
        }
    }

    public void showInsights() {
        if (!busy()) {
            InsightsViewModel vm = insightsFactory.get();
            vm.load();
            show(new InsightsView(vm), true);
        }
    }

    public void startSession(Routine routine, OptionalInt painBefore) {
        SessionStarter.Started started = sessions.prepare(routine, painBefore);
        SessionViewModel vm = started.session();
        running = vm;
        vm.setOnEnded(last -> {
            closeMiniTimer();
            if (last.hasWork()) {
                showSummary(last, started);
            } else {
                running = null;
                showHome();
                home.showNotice("The session ended before any work was done, so nothing was logged.");
            }
        });
        show(new SessionView(vm, saveProblem), false);
        if (places != null) {
            vm.setMiniTimerShown(places.isOpen(MINI));
            vm.miniTimerShownProperty().addListener((o, was, shown) -> {
                places.keepOpen(MINI, shown);
                showMiniTimer(vm, shown);
            });
            showMiniTimer(vm, vm.miniTimerShownProperty().get());
        }
        vm.start();
    }

    /** Where windows go; the mini timer needs it (without it there is no mini timer, as in some tests). */
    public void setWindowPlaces(WindowPlaces places) {
        this.places = Objects.requireNonNull(places);
    }

    /** The mini timer, while one is made; tests look at it. */
    public MiniTimer miniTimer() {
        return mini;
    }

    private void showMiniTimer(SessionViewModel vm, boolean shown) {
        if (!shown) {
            if (mini != null) {
                mini.hide();
            }
            return;
        }
        if (mini == null && root.getScene() != null) {
            mini = new MiniTimer(vm, root.getScene().getWindow(), root.getScene().getStylesheets(), places);
        }
        if (mini != null) {
            mini.show();
        }
    }

    private void closeMiniTimer() {
        if (mini != null) {
            mini.hide();
            mini = null;
        }
    }

    /** The session on screen, if any; the app ends it cleanly when the window closes. */
    public SessionViewModel runningSession() {
        return running;
    }

    private void showSummary(SessionSnapshot last, SessionStarter.Started started) {
        running = null;
        SummaryViewModel summary = new SummaryViewModel(last, started.reflections(), this::showHome);
        summary.setSelfCheckSink(started.selfChecks());
        SummaryView view = new SummaryView(summary);
        summary.setOnStrengthen(chosen -> startExercises(ExercisePlan.of(chosen), summary, view));
        show(view, true);
    }

    /** How a timed strengthening block is made (wired to the clock and the sounds). */
    public void setExercises(Function<ExercisePlan, ExerciseViewModel> exercises) {
        this.exercises = Objects.requireNonNull(exercises);
    }

    /** Runs a strengthening block, then brings back the same summary (its answers as they were). */
    private void startExercises(ExercisePlan plan, SummaryViewModel summary, SummaryView back) {
        if (exercises == null || busy()) {
            return;
        }
        ExerciseViewModel vm = exercises.apply(plan);
        exercising = vm;
        vm.setOnEnded(last -> {
            exercising = null;
            summary.strengthened(last);
            show(back, true);
        });
        show(new ExerciseView(vm), false);
        vm.start();
    }

    /** The strengthening block on screen, if any; the app stops its timer when the window closes. */
    public ExerciseViewModel runningExercises() {
        return exercising;
    }

    /** A session or a strengthening block owns the keys and the screen. */
    private boolean busy() {
        return running != null || exercising != null;
    }

    private void show(Parent screen, boolean withMenu) {
        if (!content.getChildren().isEmpty() && content.getChildren().get(0) instanceof UnsavedEdits editing
                && content.getChildren().get(0) != screen) {
            editing.leaveThen(() -> replaceScreen(screen, withMenu));
        } else {
            replaceScreen(screen, withMenu);
        }
    }

    private void replaceScreen(Parent screen, boolean withMenu) {
        menuBar.setVisible(withMenu);
        menuBar.setManaged(withMenu);
        content.getChildren().setAll(screen);
        // Typing goes where the screen says (a list, the first field), else to the screen, so its keys work at once.
        focusWhenShown(screen instanceof InitialFocus f ? f.initialFocus() : screen);
    }

    /**
     * Focuses the node now, or as soon as it joins the scene: a node inside a SplitPane or ScrollPane joins only
     * when that control's skin is built on the next pulse, and until then the scene would give the focus to its
     * first control instead.
     */
    private static void focusWhenShown(javafx.scene.Node target) {
        if (target.getScene() != null) {
            target.requestFocus();
            return;
        }
        target.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene scene) {
                if (scene != null) {
                    target.sceneProperty().removeListener(this);
                    target.requestFocus();
                }
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
