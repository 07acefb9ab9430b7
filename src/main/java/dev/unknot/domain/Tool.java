package dev.unknot.domain;

import java.util.Arrays;

/** The SMR tools the guide names. The id is stored in the log and never changes. */
public enum Tool {
    FOAM_ROLLER("foam_roller", "Foam roller"),
    SOFTBALL("softball", "Softball"),
    LACROSSE_BALL("lacrosse_ball", "Lacrosse ball");

    private final String id;
    private final String label;

    Tool(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Tool byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("Unknown tool: " + id));
    }
}
