package dev.unknot.app;

import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.advice.QlRule;
import dev.unknot.domain.Settings;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.store.SessionArchive;
import dev.unknot.storage.AlreadyRunningException;
import dev.unknot.storage.RefusedException;
import dev.unknot.storage.StorageException;
import dev.unknot.storage.SessionLog;
import dev.unknot.storage.SessionRecorder;
import dev.unknot.storage.Storage;
import dev.unknot.storage.StorageStatusListener;
import dev.unknot.ui.Failures;
import dev.unknot.ui.Icon;
import dev.unknot.ui.MainWindow;
import dev.unknot.ui.SessionStarter;
import dev.unknot.ui.WindowKeeper;
import dev.unknot.ui.WindowPlace;
import dev.unknot.ui.WindowPlaces;
import dev.unknot.ui.exercises.ExerciseViewModel;
import dev.unknot.ui.data.LogMenu;
import dev.unknot.ui.routines.RoutineEditorView;
import dev.unknot.ui.routines.RoutineEditorViewModel;
import dev.unknot.ui.home.EpisodesViewModel;
import dev.unknot.ui.settings.SettingsView;
import dev.unknot.ui.settings.SettingsViewModel;
import dev.unknot.ui.sound.CuePlayer;
import dev.unknot.ui.history.HistoryViewModel;
import dev.unknot.ui.insights.InsightsViewModel;
import dev.unknot.ui.summary.ReflectionSink;
import dev.unknot.ui.home.HomeViewModel;
import dev.unknot.ui.session.ScheduledTicker;
import dev.unknot.ui.session.SessionViewModel;
import dev.unknot.ui.session.DesktopNotice;
import dev.unknot.ui.session.SessionNotices;
import dev.unknot.ui.sound.CueBatch;
import dev.unknot.ui.theme.Appearance;
import javafx.application.Application;
import javafx.stage.Window;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Wires one running app: the window first, then (off the start-up path) the database and the sounds.
 * Sessions started before the database is open are queued behind the open on the storage thread.
 */
public final class Shell implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Shell.class.getName());

    private final AppConfig config;
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private MainWindow window;
    private WindowPlaces places;
    private WindowKeeper mainPlace;
    private StorageMaintenance maintenance;
    private LogMenu logMenu;
    private HomeViewModel home;
    /** Made with the shell, opened after the first frame; what is asked of it before then waits for the opening. */
    private final Storage storage;
    /** UI thread only, once the sounds have loaded. */
    private CueBatch sounds;
    private CuePlayer soundPlayer;
    /** UI thread only, like the fields below. */
    private Settings settings;
    private List<Routine> customRoutines = List.of();
    private boolean qlOffered;
    private EpisodesViewModel episodes;
    private Appearance appearance;
    private Stage stage;
    /** The one way out: window close, Quit, {@code stop()} and the shutdown hook all go through it. */
    private final AppExit exit = new AppExit(AppExit.UiThread.javaFx(), this::endRunningSession, this::tidyUp,
            this::endFromLastSnapshot, this::closeLog, System.err::println);
    /** The session started last, for the exit when the UI thread does not answer; written on the UI thread. */
    private volatile LiveSession live;

    private record LiveSession(SessionViewModel session, SessionListener recorder) {
    }

    /**
     * Errors no stage of the start-up expects (a bug, not a log that cannot be read or written): the app's
     * {@link UncaughtErrors} in production.
     */
    private final Consumer<Throwable> unexpected;
    /** The one catalogue of targets every screen and the log's loading share. */
    private final TargetCatalogue catalogue = new TargetCatalogue();

    /** A shell whose unexpected errors are only logged (tests that do not look at them). */
    public Shell(AppConfig config) {
        this(config, error -> LOG.log(System.Logger.Level.ERROR, "Unexpected error", error));
    }

    /** @param unexpected hears every error of the start-up chain that is not the log's own plain-words failure */
    public Shell(AppConfig config, Consumer<Throwable> unexpected) {
        this.config = config;
        this.unexpected = Objects.requireNonNull(unexpected);
        this.storage = new Storage(config.dbFile(), config.wallClock(), config.zone(), catalogue,
                new StorageStatusListener() {
                    @Override
                    public void writeFailed(String plainMessage) {
                        Platform.runLater(() -> saveProblem.set(plainMessage));
                    }

                    @Override
                    public void writeRecovered() {
                        Platform.runLater(() -> saveProblem.set(""));
                    }
                }, config.writeAccess());
    }

    public void start(Stage stage) {
        this.stage = stage;
        SessionArchive archive = storage.sessions();
        maintenance = new StorageMaintenance(storage.safety(), config.zone());
        logMenu = new LogMenu(maintenance, () -> stage, this::logReplaced);
        places = new WindowPlacesFile(WindowPlacesFile.besideLog(config.dbFile()));
        settings = withReposition(Settings.defaults(catalogue), config.repositionSeconds());
        List<Routine> builtIns = config.builtIns().routines(catalogue, settings, false);
        home = new HomeViewModel(builtIns, builtIns.get(0), settings.repositionSeconds());
        home.setOnChosen(routine -> storage.routines().saveSelected(routine.id()));
        episodes = new EpisodesViewModel(storage.episodes(), config.wallClock()::instant, config.zone(), Platform::runLater);
        episodes.setOnChanged(list -> {
            boolean offered = QlRule.offered(list, settings, config.wallClock().instant());
            if (offered != qlOffered) {
                qlOffered = offered;
                refreshRoutines(null);
            }
        });
        window = new MainWindow(new MainWindow.Parts(
                home,
                episodes,
                this::newSession,
                plan -> new ExerciseViewModel(plan, config.clock(), config.sleepWatch(),
                        new ScheduledTicker(config.tickCapMillis()), this::playTones),
                () -> new HistoryViewModel(archive, catalogue, config.zone(), Platform::runLater),
                () -> new InsightsViewModel(archive::loadAll, catalogue, config.zone(),
                        () -> LocalDate.now(config.wallClock().withZone(config.zone())), Platform::runLater),
                List.of(new MainWindow.MenuScreen("_Routines", "Shortcut+R", Icon.FORMAT_LIST_BULLETED,
                                this::routineEditor),
                        new MainWindow.MenuScreen("S_ettings", "Shortcut+Comma", Icon.TUNE,
                                this::settingsScreen)),
                List.of(logMenu.menu()),
                places,
                saveProblem.getReadOnlyProperty(),
                () -> {
                    close();
                    stage.close();
                }));
        stage.setOnCloseRequest(e -> close()); // then the window closes, and the app with it
        window.showHome();

        // Where it was last time; else 1280x800, or the whole screen where it is smaller.
        mainPlace = new WindowKeeper(stage, "main", places);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = mainPlace.remembered().map(WindowPlace::width).orElse(Math.min(1280, screen.getWidth()));
        double height = mainPlace.remembered().map(WindowPlace::height).orElse(Math.min(800, screen.getHeight()));
        Scene scene = new Scene(window.root(), width, height);
        // The theme as last saved, from the window-places file (read before the first frame, as the log is not).
        appearance = new Appearance(places.theme().orElse(settings.theme()), Application::setUserAgentStylesheet, Window.getWindows());
        appearance.style(scene);
        stage.setTitle("Unknot");
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        stage.setScene(scene);
        if (mainPlace.remembered().isEmpty()) {
            // The scene's size, not a size the stage had before (a stage reused for a new app, as in the UI tests).
            stage.sizeToScene();
        }
        mainPlace.restore();
        stage.show();

        // After the first frame, so neither competes with it for the CPU: the log and the sounds.
        afterFirstPulse(scene, () -> {
            openStorage();
            loadSounds();
        });
    }

    /** Runs {@code then} on the UI thread once the first pulse has laid the window out (and handed it to render). */
    private static void afterFirstPulse(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then);
            }
        });
    }

    private RoutineEditorView routineEditor() {
        RoutineEditorViewModel vm = new RoutineEditorViewModel(storage.routines(), catalogue, () -> settings,
                config.builtIns().routines(catalogue, settings, false), Platform::runLater, custom -> {
                    customRoutines = List.copyOf(custom);
                    refreshRoutines(null);
                });
        vm.load();
        return new RoutineEditorView(vm);
    }

    private SettingsView settingsScreen() {
        SettingsViewModel vm = new SettingsViewModel(catalogue, storage.settings(), Platform::runLater,
                this::settingsChanged, this::testSound);
        vm.load();
        return new SettingsView(vm);
    }

    private void loadSounds() {
        Thread loader = new Thread(() -> {
            CuePlayer player = config.sounds().get();
            // Handed over on the UI thread, where the settings live, so the volume is right whichever came first.
            Platform.runLater(() -> {
                player.setVolume(settings.volumePercent() / 100.0);
                player.setVoice(settings.voiceOn());
                soundPlayer = player;
                sounds = new CueBatch(player);
            });
        }, "unknot-sounds");
        loader.setDaemon(true);
        loader.start();
    }

    /** The app's log (opened after the first frame); tests use it to read back what was logged. */
    public Storage storage() {
        return storage;
    }

    public MainWindow window() {
        return window;
    }

    /** The theme on screen; tests check a saved theme is applied. */
    public Appearance appearance() {
        return appearance;
    }


    /**
     * The log's start, one stage after another on the storage thread, each handing what the screens need to the UI
     * thread: open it; offer the newest backup if it was found damaged; mark sessions a crash cut short and say so;
     * give the screens what it holds (settings, routines, the spasm record); make the day's backup. Every stage's
     * failure ends in {@link #startFailed}.
     */
    private void openStorage() {
        storage.open();
        storage.ready()
                .thenCompose(v -> storage.safety().openReport())
                .thenAcceptAsync(report -> report.message().ifPresent(message -> logMenu.damagedLog(
                        message, report.newestBackup().map(maintenance::backup))), Platform::runLater)
                // Before the screens read the log: a session cut off before any work goes, so a log holding only
                // that one still gets the first run's welcome.
                .thenCompose(v -> storage.sessions().markRunningAsInterrupted())
                .thenAcceptAsync(this::sayCutShort, Platform::runLater)
                .thenCompose(v -> loadFromLog())
                // Last: a large log's copy must not hold back the person's routines and settings.
                .thenCompose(v -> storage.safety().backupIfDue().handle(this::backupFailed))
                .exceptionallyAsync(this::startFailed, Platform::runLater);
    }

    /** The day's backup failing is not the log failing: sessions are still saved, so it is only logged. */
    private Void backupFailed(Optional<?> made, Throwable error) {
        if (error != null && !expected(error)) {
            unexpected(error);
        } else if (error != null) {
            LOG.log(System.Logger.Level.WARNING, "The daily backup failed", error);
        }
        return null;
    }

    private void sayCutShort(int count) {
        if (count > 0) {
            home.showNotice(count == 1
                    ? "Your last session was cut short (the app or computer stopped). Its time is kept in the log as interrupted."
                    : count + " sessions were cut short (the app or computer stopped). Their time is kept in the log as interrupted.");
        }
    }

    /**
     * The one end of the start-up chain (and of reading the log again after a restore): the log's own failures in
     * plain words on the start screen, anything else to {@link #unexpected}.
     */
    private <T> T startFailed(Throwable error) {
        if (!expected(error)) {
            unexpected(error);
            return null;
        }
        LOG.log(System.Logger.Level.WARNING, "Cannot open or read the log", error);
        String message = Failures.message(error);
        // The "already running" message says itself what happens to sessions.
        home.showNotice(causedBy(error, AlreadyRunningException.class) ? message
                : message + " Sessions still run; they are not saved until this is fixed.");
        return null;
    }

    /** What the screens take from the log when it opens, read in one go. */
    private record FromLog(Settings settings, List<Routine> custom, Optional<String> selected, boolean empty) {
    }

    /**
     * The one place that holds what was loaded from the log at start (settings, the person's own routines, the
     * selected routine, the spasm record, the welcome) and hands it to the screens: run when the log opens and again
     * when a restore has replaced it; its failure is the caller's to end.
     */
    private CompletableFuture<Void> loadFromLog() {
        CompletableFuture<Settings> loaded = storage.settings().load();
        CompletableFuture<List<Routine>> custom = storage.routines().load();
        CompletableFuture<Optional<String>> selected = storage.routines().selected();
        CompletableFuture<List<LoggedSession>> any = storage.sessions().recent(1);
        return CompletableFuture.allOf(loaded, custom, selected, any)
                .thenApply(all -> new FromLog(loaded.join(), custom.join(), selected.join(), any.join().isEmpty()))
                .thenAcceptAsync(log -> {
                    customRoutines = List.copyOf(log.custom());
                    applySettings(log.settings());
                    refreshRoutines(log.selected().orElse(null));
                    episodes.refresh();
                    home.showWelcome(log.empty());
                }, Platform::runLater);
    }

    /**
     * After a restore replaced the log: the history's undo list belonged to the log as it was, and everything read
     * at start is read again from the restored one.
     */
    private void logReplaced() {
        window.logReplaced();
        loadFromLog().exceptionallyAsync(this::startFailed, Platform::runLater);
    }

    /** The log's own failures, in plain words for the person; anything else is a bug. */
    private static boolean expected(Throwable error) {
        return causedBy(error, StorageException.class) || causedBy(error, RefusedException.class)
                || causedBy(error, AlreadyRunningException.class);
    }

    private Void unexpected(Throwable error) {
        try {
            unexpected.accept(error);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The error handler failed", e);
        }
        return null;
    }

    private SessionStarter.Started newSession(Routine routine, OptionalInt painBefore) {
        SessionPlan plan = SessionPlan.of(routine, settings.repositionSeconds());
        home.showWelcome(false); // a session is in the log from now on: no longer the first run
        SessionLog log = storage.sessions();
        SessionRecorder recorder = log.newSessionRecorder(painBefore);
        SessionViewModel session = new SessionViewModel(plan, config.clock(), config.sleepWatch(), recorder,
                new ScheduledTicker(config.tickCapMillis()), this::play);
        Consumer<SelfCheck> selfChecks = check -> recorder.sessionId()
                .thenCompose(id -> log.saveSelfCheck(id, check))
                .exceptionally(error -> {
                    LOG.log(System.Logger.Level.WARNING, "Could not save the self-check", error);
                    return null;
                });
        ReflectionSink reflections = (painAfter, note) -> recorder.sessionId()
                .thenCompose(id -> log.saveReflection(id, painAfter, note))
                .exceptionally(error -> {
                    LOG.log(System.Logger.Level.WARNING, "Could not save the pain rating and note", error);
                    Platform.runLater(() -> saveProblem.set("Your pain rating and note could not be saved: "
                            + Failures.message(error)));
                    return null;
                });
        live = new LiveSession(session, recorder);
        episodes.startWarning().ifPresent(session::setAdvisory);
        session.setNotices(new SessionNotices(stage::isFocused, new DesktopNotice(() -> stage)));
        return new SessionStarter.Started(session, reflections, selfChecks);
    }


    private void play(List<CueEvent> cues) {
        CueBatch player = sounds;
        if (player != null && settings.soundsOn()) {
            player.accept(cues);
        }
    }

    /** The strengthening block's cues: tones only (the spoken pieces are about SMR targets). */
    private void playTones(List<Cue> cues) {
        CueBatch player = sounds;
        if (player != null && settings.soundsOn()) {
            player.tones(cues);
        }
    }

    /** Settings' Test sound: the choices on screen, which may not be saved yet. */
    private void testSound(Segment sample, boolean voice, double volume) {
        CuePlayer player = soundPlayer;
        if (player != null) {
            player.preview(Cue.GET_INTO_POSITION, sample, voice, volume);
        }
    }

    // ---- settings and routines -------------------------------------------------------------------------

    /** On the UI thread: new settings apply to the routines on offer, the sounds and the next session. */
    private void settingsChanged(Settings changed) {
        applySettings(changed);
        refreshRoutines(null);
    }

    private void applySettings(Settings changed) {
        settings = changed;
        appearance.apply(changed.theme());
        places.keepTheme(changed.theme());
        CuePlayer player = soundPlayer;
        if (player != null) {
            player.setVolume(changed.volumePercent() / 100.0);
            player.setVoice(changed.voiceOn());
        }
    }

    /** On the UI thread: the built-ins with the current minutes, then the person's own routines. */
    private void refreshRoutines(String selectId) {
        List<Routine> all = new ArrayList<>(config.builtIns().routines(catalogue, settings, qlOffered));
        all.addAll(customRoutines);
        home.setRoutines(all, selectId, settings.repositionSeconds());
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Settings withReposition(Settings s, int seconds) {
        return new Settings(s.minutesByTarget(), seconds, s.soundsOn(), s.volumePercent(), s.qlAfterDays(),
                s.voiceOn(), s.theme());
    }

    /**
     * Ends a running session with every second worked, writes it and closes the log, once, however often it is called
     * and from whichever thread (see {@link AppExit}).
     */
    @Override
    public void close() {
        exit.run();
    }

    /** For {@link Runtime#addShutdownHook}: SIGTERM (a logout) ends the session the way closing the window does. */
    public Thread shutdownHook() {
        return exit.shutdownHook();
    }

    /** The exit's first part on the UI thread, the one a shutdown hook waits for: the running session's end. */
    private void endRunningSession() {
        SessionViewModel running = window == null ? null : window.runningSession();
        if (running != null) {
            running.endNow();
            running.dispose();
        }
    }

    /** The rest of the exit's part on the UI thread. */
    private void tidyUp() {
        ExerciseViewModel exercising = window == null ? null : window.runningExercises();
        if (exercising != null) {
            exercising.dispose();
        }
        if (appearance != null) {
            appearance.close();
        }
        if (mainPlace != null) {
            mainPlace.release();
        }
    }

    /** The exit's part when the UI thread does not answer: the session as the screen last showed it, ended there. */
    private void endFromLastSnapshot() {
        LiveSession session = live;
        if (session != null) {
            SessionSnapshot last = session.session().lastSnapshot();
            SessionSnapshot end = last.endedEarly();
            if (end.phase() != last.phase()) {
                session.recorder().ended(end);
            }
        }
    }

    private boolean closeLog(Duration wait) {
        return storage.close(wait);
    }
}
