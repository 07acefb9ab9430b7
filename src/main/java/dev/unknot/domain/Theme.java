package dev.unknot.domain;

/** The look the person chose: light for a bright room, dark for a dim one. */
public enum Theme {
    DARK,
    LIGHT
}
