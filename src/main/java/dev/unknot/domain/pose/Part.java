package dev.unknot.domain.pose;

/** The drawn parts of the figure; a pose names the ones being worked so they can be drawn in the accent. */
public enum Part {
    HEAD, NECK, UPPER_TORSO, LOWER_TORSO, HIP, UPPER_ARM, FOREARM, THIGH, SHIN, FOOT
}
