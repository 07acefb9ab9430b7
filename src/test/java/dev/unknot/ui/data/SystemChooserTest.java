package dev.unknot.ui.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The system's choosers are shown only while the log's files are closed, and the files open again whatever happens. */
class SystemChooserTest {
    private final List<String> events = new ArrayList<>();

    private CompletableFuture<LogMaintenance.FilesClosed> closeFiles() {
        events.add("files closed");
        return CompletableFuture.completedFuture(() -> events.add("files open again"));
    }

    @Test
    void theDialogIsShownBetweenClosingAndReopeningTheLogsFiles() throws Exception {
        SystemChooser chooser = new SystemChooser(this::closeFiles, Runnable::run);

        String chosen = chooser.whileLogClosed(() -> {
            events.add("dialog");
            return "/home/me/exports";
        }).get(5, TimeUnit.SECONDS);

        assertEquals("/home/me/exports", chosen);
        assertEquals(List.of("files closed", "dialog", "files open again"), events);
    }

    @Test
    void theFilesOpenAgainWhenTheDialogFails() {
        SystemChooser chooser = new SystemChooser(this::closeFiles, Runnable::run);
        IllegalStateException broken = new IllegalStateException("no display");

        ExecutionException e = assertThrows(ExecutionException.class, () -> chooser.whileLogClosed(() -> {
            throw broken;
        }).get(5, TimeUnit.SECONDS));

        assertSame(broken, e.getCause());
        assertEquals(List.of("files closed", "files open again"), events);
    }

    @Test
    void noDialogWhenTheLogCannotCloseItsFiles() {
        IllegalStateException notOpen = new IllegalStateException("The log is closed.");
        SystemChooser chooser = new SystemChooser(() -> CompletableFuture.failedFuture(notOpen), Runnable::run);

        ExecutionException e = assertThrows(ExecutionException.class, () -> chooser.whileLogClosed(() -> {
            events.add("dialog");
            return "";
        }).get(5, TimeUnit.SECONDS));

        assertSame(notOpen, e.getCause());
        assertEquals(List.of(), events);
    }
}
