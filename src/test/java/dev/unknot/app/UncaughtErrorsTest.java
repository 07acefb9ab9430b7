package dev.unknot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors nobody caught: written beside the log with their UTC time, told once, and never a new error of their own. */
class UncaughtErrorsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:15:30Z"), ZoneOffset.ofHours(9));

    @TempDir
    Path dir;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @Test
    void eachErrorIsAppendedWithItsUtcTimeThreadAndTraceAndTheFirstIsToldInOneDialog() throws Exception {
        Path db = dir.resolve("data").resolve("unknot.db");
        UncaughtErrors errors = new UncaughtErrors(UncaughtErrors.besideLog(db), CLOCK, dialogs::add);
        assertEquals(dir.resolve("data").resolve("unknot-errors.log"), errors.file());

        errors.uncaughtException(new Thread("unknot-sounds"), new IllegalStateException("first"));
        errors.report(new IllegalArgumentException("second", new ArithmeticException("its cause")));

        String written = Files.readString(errors.file());
        assertTrue(written.startsWith("2026-11-30T10:15:30Z  uncaught in thread \"unknot-sounds\"\n"
                + "java.lang.IllegalStateException: first\n\tat "), written);
        assertTrue(written.contains("\n\n2026-11-30T10:15:30Z  uncaught in thread \"" + Thread.currentThread().getName()
                + "\"\njava.lang.IllegalArgumentException: second\n"), written);
        assertTrue(written.contains("Caused by: java.lang.ArithmeticException: its cause"), written);
        assertTrue(written.contains("at dev.unknot.app.UncaughtErrorsTest."), "the stack trace: " + written);

        assertEquals(1, dialogs.size(), "one dialog, not one per error: " + dialogs);
        assertTrue(dialogs.get(0).startsWith("Something went wrong inside Unknot that it did not expect."), dialogs.get(0));
        assertTrue(dialogs.get(0).contains("The details are in " + errors.file() + ";"), dialogs.get(0));
    }

    @Test
    void neitherAFileThatCannotBeWrittenNorAFailingDialogMakesAnErrorOfItsOwn() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x"); // even root cannot make a folder here
        List<String> asked = new CopyOnWriteArrayList<>();
        UncaughtErrors errors = new UncaughtErrors(notAFolder.resolve("unknot-errors.log"), CLOCK, message -> {
            asked.add(message);
            throw new IllegalStateException("the dialog broke too");
        });

        errors.uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        errors.uncaughtException(null, null);

        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("The details could not be written to " + errors.file()), asked.get(0));
        assertFalse(Files.exists(errors.file()));
    }

    @Test
    void aFileGrownPastItsLimitIsLeftAloneSoItCannotFillTheLogsDisk() throws Exception {
        Path file = dir.resolve("unknot-errors.log");
        Files.write(file, new byte[(int) UncaughtErrors.MAX_BYTES + 1]);
        UncaughtErrors errors = new UncaughtErrors(file, CLOCK, dialogs::add);

        errors.report(new IllegalStateException("one too many"));

        assertEquals(UncaughtErrors.MAX_BYTES + 1, Files.size(file));
        assertEquals(1, dialogs.size());
        assertTrue(dialogs.get(0).endsWith("The details were not added to " + file + ": it has grown past 1 MB. "
                + "Please send it with a description of what you did."), dialogs.get(0));
    }
}
