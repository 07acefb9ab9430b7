package dev.unknot.ui;

import dev.unknot.domain.Segment;
import dev.unknot.domain.Side;

/** How times and segments read on screen. */
public final class Format {
    private Format() {
    }

    /** 9:05 for 545 s; 1:02:03 past the hour. */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }

    /** "12 min" or "4 min 30 s" for a summary. */
    public static String minutes(long seconds) {
        long s = Math.max(0, seconds);
        long m = s / 60;
        long sec = s % 60;
        if (m == 0) {
            return sec + " s";
        }
        return sec == 0 ? m + " min" : m + " min " + sec + " s";
    }

    /** Whole minutes, rounded to the nearest, for lists: "23 min". */
    public static String minutesShort(long seconds) {
        return Math.round(Math.max(0, seconds) / 60.0) + " min";
    }

    /** A time away, as a person says it: "40 s", "12 min", "2 h 5 min" (under a minute exact, then whole minutes). */
    public static String away(long nanos) {
        long seconds = Math.max(0, nanos / 1_000_000_000L);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    public static String segment(Segment segment) {
        return segment.side() == Side.CENTRAL
                ? segment.target().name()
                : segment.target().name() + " — " + segment.side().label().toLowerCase();
    }
}
