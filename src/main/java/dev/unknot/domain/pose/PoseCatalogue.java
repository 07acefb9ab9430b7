package dev.unknot.domain.pose;

import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.exercises.ExerciseCatalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.unknot.domain.pose.Part.FOREARM;
import static dev.unknot.domain.pose.Part.HIP;
import static dev.unknot.domain.pose.Part.LOWER_TORSO;
import static dev.unknot.domain.pose.Part.THIGH;
import static dev.unknot.domain.pose.Part.UPPER_ARM;
import static dev.unknot.domain.pose.Part.UPPER_TORSO;

/**
 * A figure for every target and exercise, true to its how-to: where the body lies, where the tool goes, and, for
 * a slow roll or a reach, the two key poses the figure eases between. Poses are seen from the right side, so the
 * worked side (the right, or the left mirrored) is the near one.
 */
public final class PoseCatalogue {
    private static final Set<Prop> TOOL = Set.of(Prop.TOOL);

    private final List<PoseGuide> targets = List.of(
            held(TargetCatalogue.UPPER_BACK,
                    "Lying on your back, hips on the floor and knees bent, {tool} across your shoulder blades, "
                            + "hands behind your head.",
                    new Pose(0, 9, 159, 20, new Limbs(136, 105, 71, 109, 31), new Limbs(136, 105, 71, 109, 31),
                            UPPER_TORSO, 0.58),
                    TOOL, Set.of(UPPER_TORSO), false),
            held(TargetCatalogue.GLUTE_MAX,
                    "Sitting on {tool}, leaning back on your hands, one ankle crossed over the other knee and "
                            + "that buttock on {tool}.",
                    new Pose(0, 24, 122, 10, new Limbs(-45, 5, 73, 90, 0, true), new Limbs(-45, 5, 93, 125, 0),
                            LOWER_TORSO, 0),
                    TOOL, Set.of(HIP), true),
            held(TargetCatalogue.PIRIFORMIS,
                    "Sitting with {tool} under the middle of one buttock, that ankle over the other knee, leaning "
                            + "back on your hands towards that hip.",
                    new Pose(0, 15, 118, 10, new Limbs(-40, 5, 87, 90, 0, true), new Limbs(-40, 5, 115, 143, 0),
                            LOWER_TORSO, 0),
                    TOOL, Set.of(HIP), true),
            new PoseGuide(TargetCatalogue.GLUTE_MED_MIN,
                    "Lying half on your side, propped on your forearm, with {tool} on the outside of the hip just "
                            + "below the hip bone; roll slowly onto it.",
                    new Pose(0, 18, 155, 5, new Limbs(10, 60, 20, 5, 30), new Limbs(-60, 85, 70, 135, 0),
                            LOWER_TORSO, 0),
                    new Pose(0, 18, 160, 5, new Limbs(10, 60, 15, 5, 30), new Limbs(-60, 80, 65, 135, 0),
                            LOWER_TORSO, 0),
                    TOOL, Set.of(HIP), true),
            held(TargetCatalogue.TLF,
                    "Lying on your back, knees bent and feet flat, with {tool} across your low back.",
                    new Pose(0, 22, 185, -5, new Limbs(-8, 0, 35, 130, 0), new Limbs(-8, 0, 35, 130, 0),
                            LOWER_TORSO, 0.5),
                    TOOL, Set.of(LOWER_TORSO), false),
            new PoseGuide(TargetCatalogue.PSOAS,
                    "Lying face down, propped on your forearms, with {tool} a hand's width beside your navel; "
                            + "let your weight in slowly.",
                    new Pose(0, 13, 24, -15, new Limbs(75, 85, -23, 0, 50), new Limbs(75, 85, -23, 0, 50),
                            UPPER_TORSO, 0.05),
                    new Pose(0, 14.5, 16, -5, new Limbs(109, 55, -15, 0, 50), new Limbs(109, 55, -15, 0, 50),
                            UPPER_TORSO, 0.05),
                    TOOL, Set.of(LOWER_TORSO), true),
            held(TargetCatalogue.QL,
                    "Lying on your back, knees bent, with {tool} beside the spine between the hip bone and the "
                            + "lowest rib.",
                    new Pose(0, 17.5, 182, -5, new Limbs(-8, 0, 38, 128, 0), new Limbs(-8, 0, 38, 128, 0),
                            LOWER_TORSO, 0.7),
                    TOOL, Set.of(LOWER_TORSO), true));

    private final List<PoseGuide> exercises = List.of(
            new PoseGuide(ExerciseCatalogue.BIRD_DOG,
                    "On hands and knees with a flat back, reaching one arm forward and the opposite leg back, "
                            + "then bringing them in.",
                    new Pose(0, 52, 9, 5, new Limbs(81, 0, 81, 90, 75), new Limbs(81, 0, 81, 90, 75)),
                    new Pose(0, 52, 9, 5, new Limbs(171, 0, 81, 90, 75), new Limbs(81, 0, -9, 0, 40)),
                    Set.of(), Set.of(LOWER_TORSO, UPPER_TORSO), false),
            held(ExerciseCatalogue.EIGHT_POINT_PLANK,
                    "Face down on your forearms, knees and toes, in a straight line from head to knees.",
                    new Pose(0, 18, 17, 0, new Limbs(73, 90, 0, 29, 20), new Limbs(73, 90, 0, 29, 20)),
                    Set.of(), Set.of(LOWER_TORSO, UPPER_TORSO), false),
            new PoseGuide(ExerciseCatalogue.SQUAT_TO_ROW,
                    "Facing a band fixed at chest height: sit back into a squat, then stand and pull the band to "
                            + "your lower ribs.",
                    new Pose(-26.6, 60.4, 60, -20, new Limbs(130, 0, 100, 90, -20), new Limbs(130, 0, 100, 90, -20)),
                    new Pose(0, 92, 90, 0, new Limbs(-40, 130, 0, 0, 0), new Limbs(-40, 130, 0, 0, 0)),
                    Set.of(Prop.BAND), Set.of(UPPER_TORSO, THIGH), false),
            new PoseGuide(ExerciseCatalogue.BALL_CHEST_PRESS,
                    "Head and shoulder blades on an exercise ball, feet flat and hips level, pressing a light "
                            + "weight in each hand up over your chest.",
                    new Pose(0, 54, 172, 0, new Limbs(-30, 128, 3, 85, 0), new Limbs(-30, 128, 3, 85, 0),
                            UPPER_TORSO, 0.75),
                    new Pose(0, 54, 172, 0, new Limbs(98, 0, 3, 85, 0), new Limbs(98, 0, 3, 85, 0),
                            UPPER_TORSO, 0.75),
                    Set.of(Prop.EXERCISE_BALL, Prop.WEIGHTS), Set.of(UPPER_TORSO, UPPER_ARM, FOREARM), false));

    private static PoseGuide held(String id, String description, Pose pose, Set<Prop> props, Set<Part> worked,
                                  boolean sideWorked) {
        return new PoseGuide(id, description, pose, pose, props, worked, sideWorked);
    }

    /** The figure for a target id; empty only for a target added without one (a test fails for that). */
    public Optional<PoseGuide> forTarget(String targetId) {
        return targets.stream().filter(g -> g.id().equals(targetId)).findFirst();
    }

    /** The figure for an exercise id. */
    public Optional<PoseGuide> forExercise(String exerciseId) {
        return exercises.stream().filter(g -> g.id().equals(exerciseId)).findFirst();
    }

    /** Every target's figure, in the target catalogue's order. */
    public List<PoseGuide> targets() {
        return targets;
    }

    /** Every exercise's figure, in the exercise catalogue's order. */
    public List<PoseGuide> exercises() {
        return exercises;
    }
}
