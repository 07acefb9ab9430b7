package dev.unknot.app;

import dev.unknot.domain.Cue;
import dev.unknot.domain.CueEvent;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.advice.QlRule;
import dev.unknot.domain.Settings;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Theme;
import dev.unknot.storage.AlreadyRunningException;
import dev.unknot.storage.RefusedException;
import dev.unknot.storage.StorageException;
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
import dev.unknot.ui.home.EpisodeStore;
import dev.unknot.ui.routines.RoutineEditorView;
import dev.unknot.ui.routines.RoutineEditorViewModel;
import dev.unknot.ui.routines.RoutineStore;
import dev.unknot.ui.home.EpisodesViewModel;
import dev.unknot.ui.settings.SettingsStore;
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
import java.time.Instant;
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
    private volatile Storage storage;
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
    private final OpenLog openLog = new OpenLog(() -> storage);
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

    /** A shell whose unexpected errors are only logged (tests that do not look at them). */
    public Shell(AppConfig config) {
        this(config, error -> LOG.log(System.Logger.Level.ERROR, "Unexpected error", error));
    }

    /** @param unexpected hears every error of the start-up chain that is not the log's own plain-words failure */
    /** The one catalogue of targets every screen and the log's loading share. */
    private final TargetCatalogue catalogue = new TargetCatalogue();

    public Shell(AppConfig config, Consumer<Throwable> unexpected) {
        this.config = config;
        this.unexpected = Objects.requireNonNull(unexpected);
    }

    public void start(Stage stage) {
        this.stage = stage;
        LogArchive archive = new LogArchive(openLog);
        maintenance = new StorageMaintenance(openLog, config.zone());
        logMenu = new LogMenu(maintenance, () -> stage, this::logReplaced);
        window = new MainWindow(this::newSession, saveProblem.getReadOnlyProperty(),
                () -> new HistoryViewModel(archive, catalogue, config.zone(), Platform::runLater),
                () -> new InsightsViewModel(archive::loadAll, catalogue, config.zone(),
                        () -> LocalDate.now(config.wallClock().withZone(config.zone())), Platform::runLater),
                List.of(logMenu.menu()));
        window.setOnQuit(() -> {
            close();
            stage.close();
        });
        stage.setOnCloseRequest(e -> close()); // then the window closes, and the app with it
        places = new WindowPlacesFile(WindowPlacesFile.besideLog(config.dbFile()));
        window.setWindowPlaces(places);
        window.setExercises(plan -> new ExerciseViewModel(plan, config.clock(), config.sleepWatch(),
                new ScheduledTicker(config.tickCapMillis()), this::playTones));
        settings = withReposition(Settings.defaults(catalogue), config.repositionSeconds());
        List<Routine> builtIns = config.builtIns().routines(settings, false);
        home = new HomeViewModel(builtIns, builtIns.get(0), settings.repositionSeconds(), window::startSession);
        home.setOnChosen(routine -> {
            Storage log = storage;
            if (log != null) {
                log.saveSelectedRoutine(routine.id());
            }
        });
        window.setHome(home);
        window.addScreen("_Routines", "Shortcut+R", Icon.FORMAT_LIST_BULLETED, () -> {
            RoutineEditorViewModel vm = new RoutineEditorViewModel(routineStore(), catalogue, () -> settings,
                    config.builtIns().routines(settings, false), Platform::runLater, custom -> {
                        customRoutines = List.copyOf(custom);
                        refreshRoutines(null);
                    });
            vm.load();
            return new RoutineEditorView(vm);
        });
        episodes = new EpisodesViewModel(episodeStore(), config.wallClock()::instant, config.zone(), Platform::runLater);
        episodes.setOnChanged(list -> {
            boolean offered = QlRule.offered(list, settings, config.wallClock().instant());
            if (offered != qlOffered) {
                qlOffered = offered;
                refreshRoutines(null);
            }
        });
        window.setEpisodes(episodes);
        window.addScreen("S_ettings", "Shortcut+Comma", Icon.TUNE, () -> {
            SettingsViewModel vm = new SettingsViewModel(catalogue, settingsStore(), Platform::runLater,
                    this::settingsChanged, this::testSound);
            vm.load();
            return new SettingsView(vm);
        });
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

    /** The app's storage, once opened; tests use it to read back what was logged. */
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


    private void openStorage() {
        Storage opened = Storage.open(config.dbFile(), config.wallClock(), config.zone(), new StorageStatusListener() {
            @Override
            public void writeFailed(String plainMessage) {
                Platform.runLater(() -> saveProblem.set(plainMessage));
            }

            @Override
            public void writeRecovered() {
                Platform.runLater(() -> saveProblem.set(""));
            }
        }, config.writeAccess());
        storage = opened;
        loadFromLog(opened);
        opened.ready()
                .thenCompose(v -> opened.openReport())
                .thenAccept(report -> report.message().ifPresent(message -> Platform.runLater(() -> logMenu.damagedLog(
                        message, report.newestBackup().map(maintenance::backup)))))
                .thenCompose(v -> opened.markRunningAsInterrupted())
                .thenCompose(count -> opened.backupIfDue().handle((made, backupError) -> {
                    if (backupError != null) {
                        if (!expected(backupError)) {
                            unexpected.accept(backupError);
                        }
                        LOG.log(System.Logger.Level.WARNING, "The daily backup failed", backupError);
                    }
                    return count;
                }))
                .handleAsync((count, error) -> {
                    if (error != null && !expected(error)) {
                        unexpected.accept(error);
                    } else if (error != null) {
                        LOG.log(System.Logger.Level.WARNING, "Cannot open the log", error);
                        String message = Failures.message(error);
                        // The "already running" message says itself what happens to sessions.
                        home.showNotice(causedBy(error, AlreadyRunningException.class) ? message
                                : message + " Sessions still run; they are not saved until this is fixed.");
                    } else if (count != null && count > 0) {
                        home.showNotice(count == 1
                                ? "Your last session was cut short (the app or computer stopped). Its time is kept in the log as interrupted."
                                : count + " sessions were cut short (the app or computer stopped). Their time is kept in the log as interrupted.");
                    }
                    return null;
                }, Platform::runLater)
                .exceptionally(this::unexpected);
    }

    /** What the screens take from the log when it opens, read in one go. */
    private record FromLog(Settings settings, List<Routine> custom, Optional<String> selected, boolean empty) {
    }

    /**
     * The one place that holds what was loaded from the log at start (settings, the person's own routines, the
     * selected routine, the spasm record, the welcome) and hands it to the screens: run when the log opens and again
     * when a restore has replaced it. Every stage's failure ends here: the log's own plain-words failures are
     * logged (the open chain shows them), anything else goes to {@link #unexpected}.
     */
    private void loadFromLog(Storage opened) {
        opened.ready()
                .thenCompose(v -> {
                    CompletableFuture<Settings> loaded = opened.loadSettings(catalogue);
                    CompletableFuture<List<Routine>> custom = opened.loadRoutines(catalogue);
                    CompletableFuture<Optional<String>> selected = opened.loadSelectedRoutine();
                    CompletableFuture<List<LoggedSession>> any = opened.recent(1);
                    return CompletableFuture.allOf(loaded, custom, selected, any).thenApply(all -> new FromLog(
                            loaded.join(), custom.join(), selected.join(), any.join().isEmpty()));
                })
                .thenAcceptAsync(log -> {
                    customRoutines = List.copyOf(log.custom());
                    applySettings(log.settings());
                    refreshRoutines(log.selected().orElse(null));
                    episodes.refresh();
                    home.showWelcome(log.empty());
                }, Platform::runLater)
                .exceptionally(error -> {
                    if (expected(error)) {
                        LOG.log(System.Logger.Level.WARNING, "Could not read the settings and routines", error);
                        return null;
                    }
                    return unexpected(error);
                });
    }

    /**
     * After a restore replaced the log: the history's undo list belonged to the log as it was, and everything read
     * at start is read again from the restored one.
     */
    private void logReplaced() {
        window.logReplaced();
        Storage log = storage;
        if (log != null) {
            loadFromLog(log);
        }
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
        Storage log = storage;
        SessionViewModel session;
        SessionListener listener;
        ReflectionSink reflections;
        java.util.function.Consumer<dev.unknot.domain.SelfCheck> selfChecks;
        if (log != null) {
            SessionRecorder recorder = log.newSessionRecorder(painBefore);
            listener = recorder;
            session = new SessionViewModel(plan, config.clock(), config.sleepWatch(), recorder,
                    new ScheduledTicker(config.tickCapMillis()), this::play);
            selfChecks = check -> recorder.sessionId()
                    .thenCompose(id -> log.saveSelfCheck(id, check))
                    .exceptionally(error -> {
                        LOG.log(System.Logger.Level.WARNING, "Could not save the self-check", error);
                        return null;
                    });
            reflections = (painAfter, note) -> recorder.sessionId()
                    .thenCompose(id -> log.saveReflection(id, painAfter, note))
                    .exceptionally(error -> {
                        LOG.log(System.Logger.Level.WARNING, "Could not save the pain rating and note", error);
                        Platform.runLater(() -> saveProblem.set("Your pain rating and note could not be saved: "
                                + Failures.message(error)));
                        return null;
                    });
        } else {
            listener = new SessionListener() { };
            session = new SessionViewModel(plan, config.clock(), config.sleepWatch(), listener,
                    new ScheduledTicker(config.tickCapMillis()), this::play);
            reflections = (painAfter, note) -> { };
            selfChecks = check -> { };
        }
        live = new LiveSession(session, listener);
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

    private SettingsStore settingsStore() {
        return new SettingsStore() {
            @Override
            public CompletableFuture<Settings> load() {
                Storage log = storage;
                return log == null ? CompletableFuture.completedFuture(settings) : log.loadSettings(catalogue);
            }

            @Override
            public CompletableFuture<Void> save(Settings changed) {
                return openLog.call(log -> log.saveSettings(changed));
            }
        };
    }

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
        List<Routine> all = new ArrayList<>(config.builtIns().routines(settings, qlOffered));
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

    private RoutineStore routineStore() {
        return new RoutineStore() {
            @Override
            public CompletableFuture<List<Routine>> load() {
                return openLog.call(log -> log.loadRoutines(catalogue));
            }

            @Override
            public CompletableFuture<Void> save(Routine routine) {
                return openLog.call(log -> log.saveRoutine(routine));
            }

            @Override
            public CompletableFuture<Void> delete(String id) {
                return openLog.call(log -> log.deleteRoutine(id));
            }

            @Override
            public CompletableFuture<Void> reorder(List<String> ids) {
                return openLog.call(log -> log.reorderRoutines(ids));
            }
        };
    }

    private EpisodeStore episodeStore() {
        return new EpisodeStore() {
            @Override
            public CompletableFuture<List<SpasmEpisode>> episodes() {
                Storage log = storage;
                return log == null ? CompletableFuture.completedFuture(List.of()) : log.episodes();
            }

            @Override
            public CompletableFuture<SpasmEpisode> record(Instant onset, Region region, int severity) {
                return openLog.call(log -> log.recordEpisode(onset, region, severity));
            }

            @Override
            public CompletableFuture<Void> markRelieved(long id, Instant at) {
                return openLog.call(log -> log.markRelieved(id, at));
            }

            @Override
            public CompletableFuture<Void> markOngoing(long id) {
                return openLog.call(log -> log.markOngoing(id));
            }

            @Override
            public CompletableFuture<List<LoggedSession>> recentSessions() {
                Storage log = storage;
                return log == null ? CompletableFuture.completedFuture(List.of()) : log.recent(50);
            }
        };
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
        Storage log = storage;
        return log == null || log.close(wait);
    }
}
