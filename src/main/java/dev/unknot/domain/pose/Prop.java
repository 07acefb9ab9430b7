package dev.unknot.domain.pose;

/** What the figure uses besides the floor. */
public enum Prop {
    /** The SMR tool of the step (roller or ball), lying on the floor under the body. */
    TOOL,
    /** A large exercise ball on the floor under the body. */
    EXERCISE_BALL,
    /** A band fixed at chest height in front of the figure, held in the hands. */
    BAND,
    /** A light weight in each hand. */
    WEIGHTS
}
