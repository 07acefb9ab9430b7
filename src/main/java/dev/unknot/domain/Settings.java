package dev.unknot.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the person has tuned; applied to the next session.
 *
 * @param minutesByTarget   minutes per side (or in all, when central) for each target id, each within {@link Durations}
 * @param repositionSeconds the countdown to get into position before each target and side, 0–60
 * @param soundsOn          whether cues are heard
 * @param volumePercent     0–100
 * @param qlAfterDays       days after a spasm began before the QL joins the Low back routine, 1–14
 * @param voiceOn           whether cues are spoken ("Switch sides") rather than only heard as tones
 * @param theme             the light or dark look
 */
public record Settings(Map<String, Integer> minutesByTarget, int repositionSeconds, boolean soundsOn,
                       int volumePercent, int qlAfterDays, boolean voiceOn, Theme theme) {

    public static final int DEFAULT_QL_AFTER_DAYS = 3;
    public static final int DEFAULT_VOLUME = 80;

    public static final Theme DEFAULT_THEME = Theme.DARK;

    /** Settings with the voice off and the default theme. */
    public Settings(Map<String, Integer> minutesByTarget, int repositionSeconds, boolean soundsOn, int volumePercent,
                    int qlAfterDays) {
        this(minutesByTarget, repositionSeconds, soundsOn, volumePercent, qlAfterDays, false, DEFAULT_THEME);
    }

    public Settings {
        Objects.requireNonNull(theme, "theme");
        minutesByTarget = Map.copyOf(Objects.requireNonNull(minutesByTarget));
        minutesByTarget.values().forEach(Durations::requireMinutes);
        if (repositionSeconds < 0 || repositionSeconds > SessionPlan.MAX_REPOSITION_SECONDS) {
            throw new ValidationException("The countdown to get into position must be a whole number of seconds from 0 to "
                    + SessionPlan.MAX_REPOSITION_SECONDS + " (got " + repositionSeconds + ").");
        }
        if (volumePercent < 0 || volumePercent > 100) {
            throw new ValidationException("Volume must be from 0 to 100 (got " + volumePercent + ").");
        }
        if (qlAfterDays < 1 || qlAfterDays > 14) {
            throw new ValidationException("The QL waits a whole number of days from 1 to 14 (got " + qlAfterDays + ").");
        }
    }

    /** Every target at its catalogue default, a 10 s countdown, sounds on, voice off, the dark theme. */
    public static Settings defaults(TargetCatalogue catalogue) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        catalogue.all().forEach(t -> minutes.put(t.id(), t.defaultMinutes()));
        return new Settings(minutes, Durations.DEFAULT_REPOSITION_SECONDS, true, DEFAULT_VOLUME, DEFAULT_QL_AFTER_DAYS);
    }

    /** The minutes for a target: the person's setting, else the catalogue's default. */
    public int minutesFor(Target target) {
        return minutesByTarget.getOrDefault(target.id(), target.defaultMinutes());
    }
}
