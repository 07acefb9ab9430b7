package dev.unknot.app;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.storage.Storage;
import dev.unknot.storage.StorageStatusListener;
import dev.unknot.ui.MainWindow;
import dev.unknot.ui.home.HomeViewModel;
import dev.unknot.ui.session.ScheduledTicker;
import dev.unknot.ui.session.SessionViewModel;
import dev.unknot.ui.sound.CueBatch;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Wires one running app: the window first, then (off the start-up path) the database and the sounds.
 * Sessions started before the database is open are queued behind the open on the storage thread.
 */
public final class Shell implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Shell.class.getName());

    private final AppConfig config;
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private MainWindow window;
    private HomeViewModel home;
    private volatile Storage storage;
    private volatile CueBatch sounds;

    public Shell(AppConfig config) {
        this.config = config;
    }

    public void start(Stage stage) {
        window = new MainWindow(this::newSession, saveProblem.getReadOnlyProperty());
        home = new HomeViewModel(config.routines(), config.routines().get(0), config.repositionSeconds(), window::startSession);
        window.setHome(home);
        window.showHome();

        // 1280x800, or the whole screen where it is smaller.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(Shell.class.getResource("/dev/unknot/ui/unknot.css").toExternalForm());
        stage.setTitle("Unknot");
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        stage.setScene(scene);
        stage.show();

        // After the first frame: the log and the sounds.
        Platform.runLater(this::openStorage);
        Thread loader = new Thread(() -> sounds = new CueBatch(config.sounds().get()), "unknot-sounds");
        loader.setDaemon(true);
        loader.start();
    }

    /** The app's storage, once opened; tests use it to read back what was logged. */
    public Storage storage() {
        return storage;
    }

    public MainWindow window() {
        return window;
    }

    private void openStorage() {
        Storage opened = Storage.open(config.dbFile(), config.wallClock(), new StorageStatusListener() {
            @Override
            public void writeFailed(String plainMessage) {
                Platform.runLater(() -> saveProblem.set(plainMessage));
            }

            @Override
            public void writeRecovered() {
                Platform.runLater(() -> saveProblem.set(""));
            }
        });
        storage = opened;
        opened.ready()
                .thenCompose(v -> opened.markRunningAsInterrupted())
                .whenComplete((count, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        LOG.log(System.Logger.Level.WARNING, "Cannot open the log", cause);
                        home.showNotice(cause.getMessage() + " Sessions still run; they are not saved until this is fixed.");
                    } else if (count != null && count > 0) {
                        home.showNotice(count == 1
                                ? "Your last session was cut short (the app or computer stopped). Its time is kept in the log as interrupted."
                                : count + " sessions were cut short (the app or computer stopped). Their time is kept in the log as interrupted.");
                    }
                }));
    }

    private SessionViewModel newSession(Routine routine) {
        SessionPlan plan = SessionPlan.of(routine, config.repositionSeconds());
        Storage log = storage;
        SessionListener recorder = log != null ? log.newSessionRecorder() : new SessionListener() { };
        return new SessionViewModel(plan, config.clock(), recorder, new ScheduledTicker(config.tickCapMillis()), this::play);
    }

    private void play(List<Cue> cues) {
        CueBatch player = sounds;
        if (player != null) {
            player.accept(cues);
        }
    }

    @Override
    public void close() {
        SessionViewModel running = window == null ? null : window.runningSession();
        if (running != null) {
            running.endNow();
            running.dispose();
        }
        Storage log = storage;
        if (log != null) {
            log.close();
        }
    }
}
