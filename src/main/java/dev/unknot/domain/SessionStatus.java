package dev.unknot.domain;

import java.util.Arrays;

/** A logged session's state. The id is what the log stores. */
public enum SessionStatus {
    RUNNING("running", "Running"),
    FINISHED("finished", "Finished"),
    ENDED_EARLY("ended_early", "Ended early"),
    INTERRUPTED("interrupted", "Interrupted");

    private final String id;
    private final String label;

    SessionStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static SessionStatus byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown session status: " + id));
    }

    public static SessionStatus of(Phase phase) {
        return switch (phase) {
            case FINISHED -> FINISHED;
            case ENDED_EARLY -> ENDED_EARLY;
            default -> RUNNING;
        };
    }
}
