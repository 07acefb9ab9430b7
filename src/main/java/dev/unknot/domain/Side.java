package dev.unknot.domain;

import java.util.Arrays;

/** Where one timed block is worked. The id is stored in the log and never changes. */
public enum Side {
    LEFT("left", "Left side", "Left"),
    RIGHT("right", "Right side", "Right"),
    CENTRAL("central", "Centre", "Centre");

    private final String id;
    private final String label;
    private final String shortLabel;

    Side(String id, String label, String shortLabel) {
        this.id = id;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** One word, for narrow tables: "Left", "Right", "Centre". */
    public String shortLabel() {
        return shortLabel;
    }

    public static Side byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("Unknown side: " + id));
    }
}
