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
    private final Parts parts;
    private final HomeViewModel home;
    private final EpisodesViewModel episodes;
    private final WindowPlaces places;
    private HistoryViewModel history;
    private SessionViewModel running;
    private ExerciseViewModel exercising;
    private MiniTimer mini;
    /** The menu items that belong to browsing, not to a session. */
    private final List<MenuItem> browsingItems = new java.util.ArrayList<>();

    /** A screen reached from the Unknot menu (before Quit), made afresh each time it opens: settings, routines. */
    public record MenuScreen(String menuText, String accelerator, Icon icon, Supplier<Parent> screen) {
        public MenuScreen {
            Objects.requireNonNull(menuText);
            Objects.requireNonNull(accelerator);
            Objects.requireNonNull(icon);
            Objects.requireNonNull(screen);
        }
    }

    /**
     * Everything the window shows or starts, made by the app before the window.
     *
     * @param home        the start screen; the window starts the sessions its Enter asks for
     * @param episodes    the spasm record shown on the start screen
     * @param sessions    makes a ready-to-start session for a routine (wired to the clock, log and sounds)
     * @param exercises   makes a timed strengthening block (wired to the clock and the sounds)
     * @param history     makes the history view-model, once per log: it keeps the undo list until the app closes or
     *                    a restore replaces the log
     * @param insights    makes a fresh insights view-model each time the screen opens
     * @param screens     the menu's other screens, in menu order
     * @param extraMenus  menus the app adds (export, backups), shown after the first
     * @param places      where windows go (the mini timer's place and whether it was open)
     * @param saveProblem plain-words message while the log cannot be written, empty otherwise
     * @param onQuit      Quit (Ctrl+Q): the app's one way out
     */
    public record Parts(HomeViewModel home, EpisodesViewModel episodes, SessionStarter sessions,
                        Function<ExercisePlan, ExerciseViewModel> exercises, Supplier<HistoryViewModel> history,
                        Supplier<InsightsViewModel> insights, List<MenuScreen> screens, List<Menu> extraMenus,
                        WindowPlaces places, ObservableStringValue saveProblem, Runnable onQuit) {
        public Parts {
            Objects.requireNonNull(home);
            Objects.requireNonNull(episodes);
            Objects.requireNonNull(sessions);
            Objects.requireNonNull(exercises);
            Objects.requireNonNull(history);
            Objects.requireNonNull(insights);
            screens = List.copyOf(screens);
            extraMenus = List.copyOf(extraMenus);
            Objects.requireNonNull(places);
            Objects.requireNonNull(saveProblem);
            Objects.requireNonNull(onQuit);
        }
    }

    public MainWindow(Parts parts) {
        this.parts = Objects.requireNonNull(parts);
        this.home = parts.home();
        this.episodes = parts.episodes();
        this.places = parts.places();
        home.setOnStart(this::startSession);
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("content");
        root.setCenter(content);

        Menu app = new Menu("_Unknot");
        app.getItems().addAll(
                Icons.on(item("_Start screen", "Shortcut+1", this::showHome), Icon.HOME),
                Icons.on(item("_History", "Shortcut+H", this::showHistory), Icon.HISTORY),
                Icons.on(item("_Insights", "Shortcut+I", this::showInsights), Icon.CHART_LINE));
        for (MenuScreen screen : parts.screens()) {
            app.getItems().add(Icons.on(item(screen.menuText(), screen.accelerator(), () -> {
                if (!busy()) {
                    show(screen.screen().get(), true);
                }
            }), screen.icon()));
        }
        MenuItem quit = Icons.on(item("_Quit", "Shortcut+Q", parts.onQuit()), Icon.EXIT_TO_APP);
        app.getItems().addAll(new SeparatorMenuItem(), quit);
        menuBar.getMenus().add(app);
        menuBar.getMenus().addAll(parts.extraMenus());
        // The scene keeps a hidden menu's keys: all but Quit are switched off while a session has the screen.
        for (Menu menu : menuBar.getMenus()) {
            menu.getItems().stream().filter(item -> item != quit && !(item instanceof SeparatorMenuItem))
                    .forEach(browsingItems::add);
        }
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

    public void showHome() {
        if (!busy()) {
            episodes.refresh();
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
                history = parts.history().get();
            }
            history.refresh();
            show(new HistoryView(history), true);
        }
    }

    public void showInsights() {
        if (!busy()) {
            InsightsViewModel vm = parts.insights().get();
            vm.load();
            show(new InsightsView(vm), true);
        }
    }

    private void startSession(Routine routine, OptionalInt painBefore) {
        SessionStarter.Started started = parts.sessions().prepare(routine, painBefore);
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
        show(new SessionView(vm, parts.saveProblem()), false);
        vm.setMiniTimerShown(places.isOpen(MINI));
        vm.miniTimerShownProperty().addListener((o, was, shown) -> {
            places.keepOpen(MINI, shown);
            showMiniTimer(vm, shown);
        });
        showMiniTimer(vm, vm.miniTimerShownProperty().get());
        vm.start();
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

    /** Runs a strengthening block, then brings back the same summary (its answers as they were). */
    private void startExercises(ExercisePlan plan, SummaryViewModel summary, SummaryView back) {
        if (busy()) {
            return;
        }
        ExerciseViewModel vm = parts.exercises().apply(plan);
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
        browsingItems.forEach(item -> item.setDisable(!withMenu));
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
