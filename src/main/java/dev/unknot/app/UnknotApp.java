package dev.unknot.app;

import javafx.application.Application;
import javafx.stage.Stage;

import java.time.Clock;

/**
 * The JavaFX application: reads its configuration, installs the handler of errors nobody caught (writing them beside
 * the log), then hands over to {@link Shell}.
 */
public final class UnknotApp extends Application {
    private Shell shell;

    @Override
    public void start(Stage stage) {
        WindowIcons.addTo(stage);
        AppConfig config = AppConfig.fromEnvironment(getParameters().getRaw(), System.getenv());
        UncaughtErrors errors = new UncaughtErrors(UncaughtErrors.besideLog(config.dbFile()), Clock.systemUTC(),
                UncaughtErrors.alertOver(() -> stage));
        errors.install(); // on the JavaFX thread: its handler and every other thread's, for the whole run
        shell = new Shell(config, errors::report);
        shell.start(stage);
        // A logout sends SIGTERM: the JVM runs its shutdown hooks but never calls stop().
        Runtime.getRuntime().addShutdownHook(shell.shutdownHook());
        FirstFrame.reportTo(stage.getScene());
        Training.runIn(stage.getScene());
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
