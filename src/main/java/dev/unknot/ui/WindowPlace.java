package dev.unknot.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a window was and how big, to put it back next time. {@code x, y, width, height} are its normal bounds
 * (not those of full screen or maximised), so leaving full screen later returns to them.
 */
public record WindowPlace(double x, double y, double width, double height, boolean fullScreen, boolean maximized) {

    public WindowPlace {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a window place needs a finite position and a positive size");
        }
    }

    /** "x,y,width,height,fullScreen,maximized", e.g. {@code 40,30,1280,800,false,false}. */
    public String encode() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b,%b", x, y, width, height, fullScreen, maximized);
    }

    /** The place {@link #encode()} wrote, or empty for anything else (an older or damaged value is just ignored). */
    public static Optional<WindowPlace> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(",", -1);
        if (parts.length != 6 || !isBoolean(parts[4]) || !isBoolean(parts[5])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowPlace(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]),
                    Boolean.parseBoolean(parts[4]), Boolean.parseBoolean(parts[5])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isBoolean(String s) {
        return s.equals("true") || s.equals("false");
    }
}
