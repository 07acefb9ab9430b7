package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Durations;
import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.SleepWatch;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.storage.WriteAccess;
import dev.unknot.ui.sound.CuePlayer;
import dev.unknot.ui.sound.FxCuePlayer;
import dev.unknot.ui.sound.VoiceCuePlayer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the app is wired from. Production reads it from the command line and environment; tests build
 * one with a fake clock, a temp database and silent sounds.
 *
 * @param zone          the user's time zone: which day a session belongs to
 * @param builtIns      the built-in routines for given settings (and whether the QL is offered), first = default
 * @param tickCapMillis the longest the screen waits between checks of the clock
 * @param sounds        makes the cue player; called once, off the UI thread, after the first frame
 * @param sleepWatch    how a running session tells that the computer slept ({@link SleepWatch#OFF} in tests that
 *                      move a fake clock in big jumps)
 * @param writeAccess   whether the log may be written where it is ({@link WriteAccess#FILE_SYSTEM}; tests, run as
 *                      root, stand in for a read-only disk with it)
 */
public record AppConfig(Path dbFile, MonotonicClock clock, Clock wallClock, ZoneId zone, BuiltIns builtIns,
                        int repositionSeconds, long tickCapMillis, Supplier<CuePlayer> sounds, SleepWatch sleepWatch,
                        WriteAccess writeAccess) {

    /** A config asking the file system whether the log may be written. */
    public AppConfig(Path dbFile, MonotonicClock clock, Clock wallClock, ZoneId zone, BuiltIns builtIns,
                     int repositionSeconds, long tickCapMillis, Supplier<CuePlayer> sounds, SleepWatch sleepWatch) {
        this(dbFile, clock, wallClock, zone, builtIns, repositionSeconds, tickCapMillis, sounds, sleepWatch,
                WriteAccess.FILE_SYSTEM);
    }

    /** A config whose sessions never watch for sleep. */
    public AppConfig(Path dbFile, MonotonicClock clock, Clock wallClock, ZoneId zone, BuiltIns builtIns,
                     int repositionSeconds, long tickCapMillis, Supplier<CuePlayer> sounds) {
        this(dbFile, clock, wallClock, zone, builtIns, repositionSeconds, tickCapMillis, sounds, SleepWatch.OFF);
    }

    /** The read-only routines the app offers, made from the app's one catalogue with the person's minutes. */
    @FunctionalInterface
    public interface BuiltIns {
        List<Routine> routines(TargetCatalogue catalogue, Settings settings, boolean qlOffered);

        /** The guide's Low back (with the QL when offered) and Upper back. */
        static BuiltIns guide() {
            return (catalogue, settings, ql) -> {
                BuiltInRoutines builtIns = new BuiltInRoutines(catalogue, settings);
                return List.of(builtIns.lowBack(ql), builtIns.upperBack());
            };
        }
    }

    public static AppConfig fromEnvironment(List<String> args, Map<String, String> env) {
        Path db = DataLocation.resolve(args, env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
        return new AppConfig(db, MonotonicClock.system(), Clock.systemUTC(), ZoneId.systemDefault(),
                BuiltIns.guide(), Durations.DEFAULT_REPOSITION_SECONDS,
                1000, AppConfig::loadSounds, SleepWatch.of(Clock.systemUTC()));
    }

    private static CuePlayer loadSounds() {
        FxCuePlayer tones = new FxCuePlayer();
        tones.preload();
        return new VoiceCuePlayer(tones);
    }
}
