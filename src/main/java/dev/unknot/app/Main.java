package dev.unknot.app;

import javafx.application.Application;

/** Plain entry point, so the app also starts from a class path or a packaged image. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(UnknotApp.class, args);
    }
}
