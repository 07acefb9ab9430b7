package dev.unknot.domain.pose;

import dev.unknot.domain.Side;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.exercises.Exercise;
import dev.unknot.domain.exercises.ExerciseCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every target and exercise has a figure; a figure for the left side is the right one's mirror image; the joints
 * stay within what a body does; nothing goes through the floor; and the tool lies on the floor under the body.
 */
class PoseCatalogueTest {
    private static final PoseCatalogue POSES = new PoseCatalogue();
    private static final double[] MOMENTS = {0, 0.25, 0.5, 0.75, 1};

    @Test
    void everyTargetInTheCatalogueHasAFigure() {
        List<String> missing = new TargetCatalogue().all().stream().map(Target::id)
                .filter(id -> POSES.forTarget(id).isEmpty()).toList();
        assertEquals(List.of(), missing, "targets without a pose");
    }

    @Test
    void everyExerciseInTheCatalogueHasAFigure() {
        List<String> missing = new ExerciseCatalogue().all().stream().map(Exercise::id)
                .filter(id -> POSES.forExercise(id).isEmpty()).toList();
        assertEquals(List.of(), missing, "exercises without a pose");
    }

    @Test
    void aTargetWorkedOneSideAtATimeHasTheSideAccentedAndTheToolDrawn() {
        for (Target target : new TargetCatalogue().all()) {
            PoseGuide guide = POSES.forTarget(target.id()).orElseThrow();
            assertEquals(target.perSide(), guide.sideWorked(), target.id());
            assertTrue(guide.props().contains(Prop.TOOL), target.id());
        }
    }

    @Test
    void aFigureForTheLeftSideIsTheMirrorImageOfTheRight() {
        for (PoseGuide guide : all()) {
            for (double t : MOMENTS) {
                Figure right = guide.figure(t, Side.RIGHT);
                Figure left = guide.figure(t, Side.LEFT);
                List<Point> r = points(right);
                List<Point> l = points(left);
                assertEquals(r.size(), l.size());
                for (int i = 0; i < r.size(); i++) {
                    assertEquals(-r.get(i).x(), l.get(i).x(), 1e-9, guide.id());
                    assertEquals(r.get(i).y(), l.get(i).y(), 1e-9, guide.id());
                }
                assertNotEquals(r, l, guide.id() + " should look different on the other side");
                assertEquals(points(right), points(guide.figure(t, Side.CENTRAL)), "centre is drawn as the right");
            }
        }
    }

    @Test
    void jointsBendOnlyTheWayABodyBendsAndNoFurther() {
        List<String> wrong = new ArrayList<>();
        for (PoseGuide guide : all()) {
            for (Pose pose : List.of(guide.first(), guide.second())) {
                within(wrong, guide.id() + " neck", pose.neck(), -45, 60);
                for (Limbs limbs : List.of(pose.near(), pose.far())) {
                    within(wrong, guide.id() + " shoulder", limbs.shoulder(), -60, 180);
                    within(wrong, guide.id() + " elbow", limbs.elbow(), 0, 150);
                    within(wrong, guide.id() + " hip", limbs.hip(), -30, 140);
                    within(wrong, guide.id() + " knee", limbs.knee(), 0, 150);
                    within(wrong, guide.id() + " ankle", limbs.ankle(), -30, 80);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aKneeBendsTheHeelBackwardsTowardsTheButtock() {
        // Standing, the knee bent 90 degrees: the foot goes behind the knee (the figure faces +x), never in front.
        Pose standing = new Pose(0, 100, 90, 0, new Limbs(0, 0, 0, 90, 0), new Limbs(0, 0, 0, 0, 0));
        Figure figure = Kinematics.figure(standing, java.util.Set.of(), java.util.Set.of(), false);
        Bone shin = figure.bones().stream().filter(b -> b.part() == Part.SHIN && !b.far()).findFirst().orElseThrow();
        assertTrue(shin.to().x() < shin.from().x() - 40, "heel behind the knee: " + shin);
        Bone forearm = figure.bones().stream().filter(b -> b.part() == Part.FOREARM && !b.far()).findFirst()
                .orElseThrow();
        assertEquals(0, forearm.to().x(), 1e-9, "a straight arm hangs straight down");
    }

    @Test
    void nothingGoesThroughTheFloor() {
        List<String> below = new ArrayList<>();
        for (PoseGuide guide : all()) {
            for (double t : MOMENTS) {
                Figure f = guide.figure(t, Side.RIGHT);
                for (Bone b : f.bones()) {
                    for (Point p : List.of(b.from(), b.to())) {
                        if (p.y() < 1.5) {
                            below.add(guide.id() + " at " + t + ": " + b.part() + (b.far() ? " (far)" : "") + " " + p);
                        }
                    }
                }
                if (f.head().y() - Kinematics.HEAD_RADIUS < 0) {
                    below.add(guide.id() + " at " + t + ": head");
                }
            }
        }
        assertEquals(List.of(), below);
    }

    @Test
    void theToolLiesOnTheFloorUnderTheBodyPartTheHowToNames() {
        for (PoseGuide guide : all()) {
            Figure f = guide.figure(0, Side.RIGHT);
            if (f.propCentre() == null) {
                continue;
            }
            assertEquals(f.propRadius(), f.propCentre().y(), 1e-9, guide.id() + " tool touches the floor");
            assertTrue(f.propRadius() >= 2.5, guide.id() + " tool big enough to see: " + f.propRadius());
        }
        // The roller is under the shoulder blades for the upper back, under the hips for the glutes.
        Figure upperBack = POSES.forTarget(TargetCatalogue.UPPER_BACK).orElseThrow().figure(0, Side.RIGHT);
        Bone upper = upperBack.bones().stream().filter(b -> b.part() == Part.UPPER_TORSO).findFirst().orElseThrow();
        assertTrue(between(upperBack.propCentre().x(), upper.from().x(), upper.to().x()), "under the upper back");
        Figure glute = POSES.forTarget(TargetCatalogue.GLUTE_MAX).orElseThrow().figure(0, Side.RIGHT);
        assertEquals(glute.hip().x(), glute.propCentre().x(), 1e-9, "under the buttock");
    }

    @Test
    void aSlowRollOrAReachMovesBetweenTwoKeyPosesAndAHoldDoesNot() {
        assertTrue(POSES.forExercise(ExerciseCatalogue.BIRD_DOG).orElseThrow().moves());
        assertTrue(POSES.forExercise(ExerciseCatalogue.SQUAT_TO_ROW).orElseThrow().moves());
        assertTrue(POSES.forTarget(TargetCatalogue.GLUTE_MED_MIN).orElseThrow().moves());
        assertFalse(POSES.forExercise(ExerciseCatalogue.EIGHT_POINT_PLANK).orElseThrow().moves());
        assertFalse(POSES.forTarget(TargetCatalogue.UPPER_BACK).orElseThrow().moves());
    }

    @Test
    void theSwingEasesOutToTheSecondPoseAndBack() {
        assertEquals(0, PoseGuide.swing(0, 16), 1e-9);
        assertEquals(1, PoseGuide.swing(8, 16), 1e-9);
        assertEquals(0, PoseGuide.swing(16, 16), 1e-9);
        assertTrue(PoseGuide.swing(1, 16) < 0.1, "slow away from the first pose");
        assertEquals(PoseGuide.swing(3, 16), PoseGuide.swing(13, 16), 1e-9, "back the way it came");
    }

    @Test
    void theSpokenLineNamesTheToolAndTheSide() {
        PoseGuide glute = POSES.forTarget(TargetCatalogue.GLUTE_MAX).orElseThrow();
        String line = glute.spoken(Side.LEFT, Tool.SOFTBALL);
        assertTrue(line.startsWith("Sitting on the softball"), line);
        assertTrue(line.endsWith("Left side."), line);
        assertFalse(line.contains("{tool}"), line);
        for (PoseGuide guide : all()) {
            assertFalse(guide.spoken(Side.CENTRAL, Tool.FOAM_ROLLER).isBlank(), guide.id());
        }
    }

    private static List<PoseGuide> all() {
        return Stream.concat(POSES.targets().stream(), POSES.exercises().stream()).toList();
    }

    private static List<Point> points(Figure f) {
        List<Point> points = new ArrayList<>();
        f.bones().forEach(b -> {
            points.add(b.from());
            points.add(b.to());
        });
        points.add(f.head());
        points.add(f.hip());
        points.addAll(f.hands());
        if (f.propCentre() != null) {
            points.add(f.propCentre());
        }
        if (f.bandAnchor() != null) {
            points.add(f.bandAnchor());
        }
        return points;
    }

    private static void within(List<String> wrong, String what, double angle, double min, double max) {
        if (angle < min || angle > max) {
            wrong.add(what + " " + angle + " outside " + min + ".." + max);
        }
    }

    private static boolean between(double x, double a, double b) {
        return x >= Math.min(a, b) && x <= Math.max(a, b);
    }
}
