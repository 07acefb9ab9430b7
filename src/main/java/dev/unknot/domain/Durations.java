package dev.unknot.domain;

/** The guide's range for time on one spot: whole minutes, 5 to 30. */
public final class Durations {
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 30;
    public static final int DEFAULT_REPOSITION_SECONDS = 10;

    private Durations() {
    }

    /** Returns {@code minutes} when it is in range, or refuses it with a message naming the range. */
    public static int requireMinutes(int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new ValidationException(rangeMessage() + " (got " + minutes + ").");
        }
        return minutes;
    }

    /** Parses what a person typed; anything but a whole number in range is refused, never clamped. */
    public static int parseMinutes(String text) {
        // strip() leaves a no-break space (U+00A0), which a pasted number can carry; \h covers it
        String trimmed = text == null ? "" : text.replaceAll("^[\\h\\s]+|[\\h\\s]+$", "");
        if (!trimmed.matches("[+-]?\\d{1,9}")) {
            throw new ValidationException(rangeMessage() + " (got \"" + trimmed + "\").");
        }
        return requireMinutes(Integer.parseInt(trimmed));
    }

    public static String rangeMessage() {
        return "Minutes must be a whole number from " + MIN_MINUTES + " to " + MAX_MINUTES;
    }
}
