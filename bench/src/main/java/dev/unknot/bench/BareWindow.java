package dev.unknot.bench;

import dev.unknot.app.FirstFrame;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference the app is measured against: a bare JavaFX window with one Label, the app's size and title,
 * reporting its first frame through the app's own {@link FirstFrame} hook.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Unknot")), 1280, 800);
            stage.setTitle("Unknot");
            stage.setScene(scene);
            stage.show();
            FirstFrame.reportTo(scene);
        }
    }
}
