package dev.unknot.domain;

/** Moments the person should hear about without looking at the screen. */
public enum Cue {
    GET_INTO_POSITION,
    GO,
    SWITCH_SIDE,
    ONE_MINUTE_LEFT,
    TARGET_DONE,
    SESSION_DONE
}
