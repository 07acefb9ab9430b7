/**
 * How each target and exercise is done, as a figure: a side view of a small skeleton with joint angles, the floor
 * and the tool. Pure geometry (no drawing): {@link dev.unknot.domain.pose.PoseCatalogue} names one or two key poses
 * per target and exercise, {@link dev.unknot.domain.pose.Kinematics} turns a pose into 2-D points that the ui
 * draws.
 */
package dev.unknot.domain.pose;
