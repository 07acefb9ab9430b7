package dev.unknot.domain;

public enum Region {
    UPPER_BACK("Upper back"),
    LOW_BACK("Low back");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
