package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Sides;
import dev.unknot.domain.SleepWatch;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.storage.WriteAccess;
import dev.unknot.ui.sound.CuePlayer;
import dev.unknot.ui.sound.SilentCuePlayer;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The real app for a UI test: started in the test's stage from its {@code @Start} method, and closed after the test
 * the way the app closes (a running session ended, the log written and let go), on the UI thread. Register it as an
 * instance field with {@code @RegisterExtension}; every app it started is closed, however the test ended.
 *
 * <pre>{@code
 * shell = app.on(db).clock(clock).routines(ONE_TARGET).start(stage);
 * }</pre>
 */
final class AppUnderTest implements AfterEachCallback {
    /** A routine of one step, the TLF for 5 minutes on the foam roller: a session short to drive by hand. */
    static final Routine ONE_TARGET = new Routine("test:one", "One target", List.of(
            new Step(new TargetCatalogue().byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 5)), false);

    private final List<Shell> started = new ArrayList<>();

    /** An app on the log {@code db}, by default: a fake clock, the guide's routines, Berlin time, no sound. */
    Config on(Path db) {
        return new Config(db);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (Shell shell : started) {
            WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS);
        }
        started.clear();
    }

    final class Config {
        private final Path db;
        private MonotonicClock clock = new FakeClock();
        private Clock wallClock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/Berlin");
        private AppConfig.BuiltIns builtIns = AppConfig.BuiltIns.guide();
        private Supplier<CuePlayer> sounds = SilentCuePlayer::new;
        private WriteAccess writeAccess = WriteAccess.FILE_SYSTEM;
        private Consumer<Throwable> unexpected;

        private Config(Path db) {
            this.db = db;
        }

        Config clock(MonotonicClock clock) {
            this.clock = clock;
            return this;
        }

        Config wallClock(Clock wallClock) {
            this.wallClock = wallClock;
            return this;
        }

        Config zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** These routines instead of the guide's, whatever the settings. */
        Config routines(Routine... routines) {
            return builtIns((catalogue, settings, ql) -> List.of(routines));
        }

        Config builtIns(AppConfig.BuiltIns builtIns) {
            this.builtIns = builtIns;
            return this;
        }

        Config sounds(Supplier<CuePlayer> sounds) {
            this.sounds = sounds;
            return this;
        }

        Config writeAccess(WriteAccess writeAccess) {
            this.writeAccess = writeAccess;
            return this;
        }

        /** Hears the start-up chain's unexpected errors (by default they are only logged). */
        Config unexpected(Consumer<Throwable> unexpected) {
            this.unexpected = unexpected;
            return this;
        }

        /** The app, not yet started; closed after the test like a started one. */
        Shell build() {
            AppConfig config = new AppConfig(db, clock, wallClock, zone, builtIns, 10, 20, sounds, SleepWatch.OFF,
                    writeAccess);
            Shell shell = unexpected == null ? new Shell(config) : new Shell(config, unexpected);
            started.add(shell);
            return shell;
        }

        /** Starts the app in {@code stage}: call from the test's {@code @Start} method (the UI thread). */
        Shell start(Stage stage) {
            Shell shell = build();
            shell.start(stage);
            return shell;
        }
    }
}
