/**
 * Strengthening exercises for between spasms. The guide: "do exercise that won't impact the area with the spasms
 * but that will strengthen the area", and names bird dog, 8-point plank, squat to row and ball chest press.
 *
 * <p>An exercise is held or repeated for timed sets with rests between. These are deliberately not SMR
 * {@link dev.unknot.domain.Target}s and are not turned into a {@link dev.unknot.domain.SessionPlan}: a segment
 * there names a target, an SMR tool and a side, and goes into the SMR log and its insights, so an exercise would
 * have to pretend to be a foam-rolled muscle. {@link dev.unknot.domain.exercises.ExercisePlan} gives the timed
 * block structure instead, for a timer of its own.
 */
package dev.unknot.domain.exercises;
