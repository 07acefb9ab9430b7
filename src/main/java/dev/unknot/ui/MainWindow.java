package dev.unknot.ui;

import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.ui.home.HomeView;
import dev.unknot.ui.home.HomeViewModel;
import dev.unknot.ui.session.SessionView;
import dev.unknot.ui.session.SessionViewModel;
import dev.unknot.ui.summary.SummaryView;
import dev.unknot.ui.summary.SummaryViewModel;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

import java.util.Objects;
import java.util.function.Function;

/** The one window's content: home → session → summary → home. Holds which screen shows, nothing else. */
public final class MainWindow {
    private final StackPane root = new StackPane();
    private final Function<Routine, SessionViewModel> sessions;
    private final ObservableStringValue saveProblem;
    private HomeViewModel home;
    private SessionViewModel running;

    /**
     * @param sessions    makes a ready-to-start session for a routine (wired to the clock, log and sounds)
     * @param saveProblem plain-words message while the log cannot be written, empty otherwise
     */
    public MainWindow(Function<Routine, SessionViewModel> sessions, ObservableStringValue saveProblem) {
        this.sessions = Objects.requireNonNull(sessions);
        this.saveProblem = Objects.requireNonNull(saveProblem);
        root.getStyleClass().add("main-window");
    }

    public Parent root() {
        return root;
    }

    public void setHome(HomeViewModel home) {
        this.home = Objects.requireNonNull(home);
    }

    public void showHome() {
        show(new HomeView(home));
    }

    public void startSession(Routine routine) {
        SessionViewModel vm = sessions.apply(routine);
        running = vm;
        vm.setOnEnded(this::showSummary);
        show(new SessionView(vm, saveProblem));
        vm.start();
    }

    /** The session on screen, if any; the app ends it cleanly when the window closes. */
    public SessionViewModel runningSession() {
        return running;
    }

    private void showSummary(SessionSnapshot last) {
        running = null;
        show(new SummaryView(new SummaryViewModel(last, this::showHome)));
    }

    private void show(Parent screen) {
        root.getChildren().setAll(screen);
        screen.requestFocus();
    }
}
