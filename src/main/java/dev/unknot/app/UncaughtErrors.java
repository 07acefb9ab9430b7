package dev.unknot.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Errors nobody caught (a bug, never a log that cannot be written: the storage says those itself). Each is appended,
 * with its UTC time, thread and stack trace, to {@value #FILE_NAME} beside the log, and the first one of the run
 * is told in a plain dialog; later ones only go to the file, so a fault that repeats cannot fill the screen with
 * dialogs. Nothing here throws: when the file cannot be written the trace goes to the standard error stream.
 *
 * <p>Installed by the app's bootstrap ({@link UnknotApp}) as the default handler and the JavaFX thread's, and handed
 * to the {@link Shell}, whose start-up chain reports through {@link #report(Throwable)}.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    static final String FILE_NAME = "unknot-errors.log";
    /** Past this size nothing more is appended: the file shares its disk with the log, which matters more. */
    static final long MAX_BYTES = 1_000_000;

    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final Path file;
    private final Clock clock;
    private final Consumer<String> dialog;
    private final AtomicBoolean told = new AtomicBoolean();

    /**
     * @param file   where the errors are appended
     * @param clock  the time written with each (as UTC)
     * @param dialog shows the plain message once; may be called on any thread
     */
    UncaughtErrors(Path file, Clock clock, Consumer<String> dialog) {
        this.file = file.toAbsolutePath();
        this.clock = Objects.requireNonNull(clock);
        this.dialog = Objects.requireNonNull(dialog);
    }

    /** {@value #FILE_NAME} in the log's folder. */
    static Path besideLog(Path dbFile) {
        return dbFile.toAbsolutePath().resolveSibling(FILE_NAME);
    }

    Path file() {
        return file;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        record(thread == null ? "?" : thread.getName(), error);
    }

    /** An error that reached the end of a chain of futures unhandled, reported from the thread that saw it. */
    void report(Throwable error) {
        record(Thread.currentThread().getName(), error);
    }

    /**
     * Makes this the handler of every thread without its own, and of the current thread (call it on the JavaFX
     * thread). Closing puts back the handlers there were.
     */
    AutoCloseable install() {
        Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread here = Thread.currentThread();
        Thread.UncaughtExceptionHandler previousHere = here.getUncaughtExceptionHandler() == here.getThreadGroup()
                ? null : here.getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        here.setUncaughtExceptionHandler(this);
        return () -> {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            here.setUncaughtExceptionHandler(previousHere);
        };
    }

    private void record(String thread, Throwable error) {
        String where;
        try {
            where = append(thread, error)
                    ? "The details are in " + file + "; please send that file with a description of what you did."
                    : "The details were not added to " + file + ": it has grown past " + MAX_BYTES / 1_000_000
                    + " MB. Please send it with a description of what you did.";
        } catch (Throwable failed) {
            where = "The details could not be written to " + file + ", so they went to the console.";
            printQuietly(thread, error, failed);
        }
        if (told.compareAndSet(false, true)) {
            try {
                dialog.accept("Something went wrong inside Unknot that it did not expect. Sessions already in your "
                        + "log are safe, and Unknot goes on; if something looks wrong, close it and start it again. "
                        + where);
            } catch (Throwable failed) {
                printQuietly(thread, failed, null);
            }
        }
    }

    /** Appends the entry; false when it was left out because the file is full. */
    private boolean append(String thread, Throwable error) throws IOException {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println(clock.instant() + "  uncaught in thread \"" + thread + "\"");
            if (error == null) {
                out.println("(no exception)");
            } else {
                error.printStackTrace(out);
            }
            out.println();
        }
        LOG.log(System.Logger.Level.ERROR, "Uncaught in thread \"" + thread + "\"", error);
        Path folder = file.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
            return false;
        }
        Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return true;
    }

    private static void printQuietly(String thread, Throwable error, Throwable alsoFailed) {
        try {
            System.err.println("Unknot: uncaught in thread \"" + thread + "\"");
            if (error != null) {
                error.printStackTrace();
            }
            if (alsoFailed != null) {
                System.err.println("... and writing it down failed too:");
                alsoFailed.printStackTrace();
            }
        } catch (Throwable ignored) {
            // nothing left to tell it with
        }
    }

    /** The production dialog: a plain error alert over the main window, shown on the JavaFX thread without waiting. */
    static Consumer<String> alertOver(Supplier<Window> owner) {
        return message -> {
            Runnable show = () -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                Window window = owner.get();
                if (window != null && window.isShowing()) {
                    alert.initOwner(window);
                }
                alert.setTitle("Unknot: something went wrong");
                alert.setHeaderText("Something went wrong");
                alert.getDialogPane().setMinWidth(520);
                alert.getDialogPane().getStyleClass().add("uncaught-error");
                alert.show(); // not showAndWait: that is refused during a layout or an animation
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        };
    }
}
