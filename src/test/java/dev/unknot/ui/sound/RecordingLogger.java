package dev.unknot.ui.sound;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** A logger that keeps the WARNING messages, for tests of what the sound classes tell the person. */
class RecordingLogger implements Logger {
    final List<String> warnings = new ArrayList<>();

    @Override
    public String getName() {
        return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (level == Level.WARNING) {
            warnings.add(msg);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (level == Level.WARNING) {
            warnings.add(format);
        }
    }
}
