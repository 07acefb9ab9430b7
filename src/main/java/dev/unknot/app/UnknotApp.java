package dev.unknot.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads its configuration, then hands over to {@link Shell}. */
public final class UnknotApp extends Application {
    private Shell shell;

    @Override
    public void start(Stage stage) {
        WindowIcons.addTo(stage);
        shell = new Shell(AppConfig.fromEnvironment(getParameters().getRaw(), System.getenv()));
        shell.start(stage);
        // A logout sends SIGTERM: the JVM runs its shutdown hooks but never calls stop().
        Runtime.getRuntime().addShutdownHook(shell.shutdownHook());
        FirstFrame.reportTo(stage.getScene());
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
