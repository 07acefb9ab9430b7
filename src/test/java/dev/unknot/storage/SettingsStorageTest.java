package dev.unknot.storage;

import dev.unknot.domain.Settings;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    /** Every setting away from its default. */
    private static Settings tuned() {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        CATALOGUE.all().forEach(t -> minutes.put(t.id(), t.defaultMinutes() + 1));
        minutes.put(TargetCatalogue.PSOAS, 30);
        minutes.put(TargetCatalogue.QL, 5);
        return new Settings(minutes, 0, false, 35, 9, true, Theme.LIGHT);
    }

    @Test
    void settingsSavedAreLoadedBackEqualAfterReopening() throws Exception {
        Settings tuned = tuned();
        await(open.storage().settings().save(tuned));
        assertEquals(tuned, await(open.storage().settings().load()));

        open.reopen();
        assertEquals(tuned, await(open.storage().settings().load()));

        Settings again = new Settings(tuned.minutesByTarget(), 60, true, 100, 14, false, Theme.DARK);
        await(open.storage().settings().save(again));
        assertEquals(again, await(open.storage().settings().load()), "a later save replaces the earlier one");
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void aNewLogReadsAsTheDefaults() throws Exception {
        assertEquals(Settings.defaults(CATALOGUE), await(open.storage().settings().load()));
    }

    @Test
    void missingKeysReadAsTheirDefaultsAndTheOthersAsSaved() throws Exception {
        try (RawDb db = new RawDb(open.file())) {
            db.execute("INSERT INTO setting (key, value) VALUES ('minutes.piriformis', '12'), ('volume_percent', '20')");
        }
        Settings loaded = await(open.storage().settings().load());

        Settings defaults = Settings.defaults(CATALOGUE);
        Map<String, Integer> minutes = new LinkedHashMap<>(defaults.minutesByTarget());
        minutes.put(TargetCatalogue.PIRIFORMIS, 12);
        assertEquals(new Settings(minutes, defaults.repositionSeconds(), defaults.soundsOn(), 20,
                defaults.qlAfterDays()), loaded);
    }

    @Test
    void aStoredValueThatNoLongerValidatesFallsBackToItsDefaultAndTheRestStillLoads() throws Exception {
        try (RawDb db = new RawDb(open.file())) {
            db.execute("INSERT INTO setting (key, value) VALUES "
                    + "('minutes.glute_max', '31'), "        // out of range now
                    + "('minutes.tlf', 'seven'), "          // not a number
                    + "('minutes.psoas', '9'), "            // fine
                    + "('minutes.neck', '10'), "            // a target this version does not know
                    + "('reposition_seconds', '61'), "
                    + "('sounds_on', 'maybe'), "
                    + "('volume_percent', '55'), "          // fine
                    + "('ql_after_days', '0'), "
                    + "('voice_on', 'yes'), "
                    + "('theme', 'PURPLE'), "
                    + "('some_future_setting', 'x')");
        }
        Settings loaded = await(open.storage().settings().load());

        Settings defaults = Settings.defaults(CATALOGUE);
        Map<String, Integer> minutes = new LinkedHashMap<>(defaults.minutesByTarget());
        minutes.put(TargetCatalogue.PSOAS, 9);
        assertEquals(new Settings(minutes, defaults.repositionSeconds(), defaults.soundsOn(), 55,
                defaults.qlAfterDays()), loaded);
        assertEquals(List.of(), open.status().events, "nothing failed");
    }

    @Test
    void aTargetLeftOutOfTheSavedMinutesGoesBackToItsDefault() throws Exception {
        await(open.storage().settings().save(tuned()));
        Settings fewer = new Settings(Map.of(TargetCatalogue.UPPER_BACK, 20), 10, true, 80, 3);
        await(open.storage().settings().save(fewer));

        Settings loaded = await(open.storage().settings().load());

        Map<String, Integer> expected = new LinkedHashMap<>(Settings.defaults(CATALOGUE).minutesByTarget());
        expected.put(TargetCatalogue.UPPER_BACK, 20);
        assertEquals(expected, loaded.minutesByTarget());
    }

    @Test
    void settingsAreStoredAsDocumentedKeysAndText() throws Exception {
        await(open.storage().settings().save(tuned()));
        try (RawDb db = new RawDb(open.file())) {
            assertEquals(List.of("30", "9", "false", "6"), List.of(
                    db.text("SELECT value FROM setting WHERE key = 'minutes.psoas'"),
                    db.text("SELECT value FROM setting WHERE key = 'ql_after_days'"),
                    db.text("SELECT value FROM setting WHERE key = 'sounds_on'"),
                    db.text("SELECT value FROM setting WHERE key = 'minutes.glute_max'")));
            assertEquals(List.of("0", "35"), List.of(
                    db.text("SELECT value FROM setting WHERE key = 'reposition_seconds'"),
                    db.text("SELECT value FROM setting WHERE key = 'volume_percent'")));
            assertEquals(List.of("true", "LIGHT"), List.of(
                    db.text("SELECT value FROM setting WHERE key = 'voice_on'"),
                    db.text("SELECT value FROM setting WHERE key = 'theme'")));
        }
    }
}
