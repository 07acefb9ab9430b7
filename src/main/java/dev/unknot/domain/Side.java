package dev.unknot.domain;

import java.util.Arrays;

/** Where one timed block is worked. The id is stored in the log and never changes. */
public enum Side {
    LEFT("left", "Left side"),
    RIGHT("right", "Right side"),
    CENTRAL("central", "Centre");

    private final String id;
    private final String label;

    Side(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** One word, for narrow tables: "Left", "Right", "Centre". */
    public String shortLabel() {
        return label.replace(" side", "");
    }

    public static Side byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("Unknown side: " + id));
    }
}
