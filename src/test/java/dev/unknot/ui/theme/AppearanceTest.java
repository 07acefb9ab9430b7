package dev.unknot.ui.theme;

import dev.unknot.domain.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One switch dresses every window: those open now, and a dialog or second window opened later. */
@ExtendWith(ApplicationExtension.class)
class AppearanceTest {
    private final List<String> userAgents = new ArrayList<>();
    private final List<Stage> opened = new ArrayList<>();
    private Appearance appearance;

    @AfterEach
    void closeAll() throws Exception {
        fx(() -> {
            opened.forEach(Stage::close);
            appearance.close();
            return null;
        });
    }

    @Test
    void switchingRestylesAnOpenWindowAndSetsTheBaseLook() throws Exception {
        Scene scene = fx(() -> {
            appearance = new Appearance(Theme.DARK, userAgents::add, Window.getWindows());
            return show();
        });
        assertTrue(scene.getStylesheets().contains(Appearance.palette(Theme.DARK)));

        fx(() -> {
            appearance.apply(Theme.LIGHT);
            return null;
        });
        assertEquals(List.of(Appearance.MAIN, Appearance.palette(Theme.LIGHT)), scene.getStylesheets());
        assertTrue(scene.getRoot().getStyleClass().contains("theme-light"));
        assertFalse(scene.getRoot().getStyleClass().contains("theme-dark"));
        assertEquals(List.of(Appearance.userAgentStylesheet(Theme.DARK), Appearance.userAgentStylesheet(Theme.LIGHT)),
                userAgents);
    }

    @Test
    void aWindowOpenedAfterTheSwitchWearsTheChosenTheme() throws Exception {
        Scene later = fx(() -> {
            appearance = new Appearance(Theme.DARK, userAgents::add, Window.getWindows());
            appearance.apply(Theme.LIGHT);
            return show();
        });
        assertEquals(List.of(Appearance.MAIN, Appearance.palette(Theme.LIGHT)), later.getStylesheets());
    }

    @Test
    void afterCloseNewWindowsAreLeftAlone() throws Exception {
        Scene later = fx(() -> {
            appearance = new Appearance(Theme.DARK, userAgents::add, Window.getWindows());
            appearance.close();
            return show();
        });
        assertEquals(List.of(), later.getStylesheets());
    }

    private Scene show() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(new Label("a dialog")), 200, 100));
        stage.show();
        opened.add(stage);
        return stage.getScene();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
