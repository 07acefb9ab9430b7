package dev.unknot.domain.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Forward kinematics: a {@link Pose} to the points of a {@link Figure}. Segment lengths are an average adult's,
 * in centimetres. Angles: the torso is absolute; every joint is relative to the segment before it, so a joint
 * angle means the same thing whichever way the body lies.
 */
public final class Kinematics {
    public static final double TORSO = 52;
    /** Share of the torso, from the hip, that is the low back (the rest is the upper back). */
    public static final double LOW_BACK_SHARE = 0.4;
    public static final double NECK = 8;
    public static final double HEAD_RADIUS = 11;
    public static final double UPPER_ARM = 29;
    public static final double FOREARM = 27;
    public static final double THIGH = 44;
    public static final double SHIN = 43;
    public static final double FOOT = 14;
    /** From the middle of the torso to its back or front surface, where a tool touches it. */
    public static final double BODY_HALF_DEPTH = 8;
    /** Where a band is fixed: ahead of the feet, at chest height. */
    public static final double BAND_AHEAD = 95;
    public static final double BAND_HEIGHT = 112;

    private Kinematics() {
    }

    /** The figure of a pose, as seen from the figure's right side. */
    public static Figure figure(Pose pose, Set<Prop> props, Set<Part> worked, boolean sideWorked) {
        Point hip = new Point(pose.hipX(), pose.hipY());
        double torso = pose.torso();
        Point waist = hip.plus(TORSO * LOW_BACK_SHARE, torso);
        Point shoulder = hip.plus(TORSO, torso);
        double headward = torso - pose.neck();
        Point neckTop = shoulder.plus(NECK, headward);
        Point head = neckTop.plus(HEAD_RADIUS, headward);

        Leg farLeg = leg(hip, torso, pose.far(), null);
        Leg nearLeg = leg(hip, torso, pose.near(), farLeg.knee);
        Arm farArm = arm(shoulder, torso, pose.far());
        Arm nearArm = arm(shoulder, torso, pose.near());

        List<Bone> bones = new ArrayList<>();
        farLeg.bones(true, bones);
        farArm.bones(true, bones);
        bones.add(new Bone(Part.LOWER_TORSO, false, hip, waist));
        bones.add(new Bone(Part.UPPER_TORSO, false, waist, shoulder));
        bones.add(new Bone(Part.NECK, false, shoulder, neckTop));
        nearLeg.bones(false, bones);
        nearArm.bones(false, bones);

        Point propCentre = null;
        double propRadius = 0;
        if (props.contains(Prop.TOOL) || props.contains(Prop.EXERCISE_BALL)) {
            Point contact = along(bones, pose.propPart(), pose.propAlong());
            propRadius = Math.max(2, (contact.y() - BODY_HALF_DEPTH) / 2);
            propCentre = new Point(contact.x(), propRadius);
        }
        Point band = props.contains(Prop.BAND)
                ? new Point(Math.max(nearLeg.ankle.x(), farLeg.ankle.x()) + BAND_AHEAD, BAND_HEIGHT) : null;
        return new Figure(bones, head, hip, props, propCentre, propRadius, band, List.of(nearArm.hand, farArm.hand),
                worked, sideWorked);
    }

    private static Point along(List<Bone> bones, Part part, double t) {
        Bone bone = bones.stream().filter(b -> b.part() == part && !b.far()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No near " + part));
        return bone.from().between(bone.to(), t);
    }

    private record Leg(Point hip, Point knee, Point ankle, Point toe) {
        void bones(boolean far, List<Bone> into) {
            into.add(new Bone(Part.THIGH, far, hip, knee));
            into.add(new Bone(Part.SHIN, far, knee, ankle));
            into.add(new Bone(Part.FOOT, far, ankle, toe));
        }
    }

    private record Arm(Point shoulder, Point elbow, Point hand) {
        void bones(boolean far, List<Bone> into) {
            into.add(new Bone(Part.UPPER_ARM, far, shoulder, elbow));
            into.add(new Bone(Part.FOREARM, far, elbow, hand));
        }
    }

    private static Leg leg(Point hip, double torso, Limbs limbs, Point otherKnee) {
        double thigh = torso + 180 + limbs.hip();
        Point knee = hip.plus(THIGH, thigh);
        if (limbs.crossed() && otherKnee != null) {
            // A figure four: the ankle lies on top of the other knee, the foot past it.
            Point ankle = new Point(otherKnee.x() + 2, otherKnee.y() + 9);
            return new Leg(hip, knee, ankle, ankle.plus(FOOT * 0.7, torso - 90 + 15));
        }
        double shin = thigh - limbs.knee();
        Point ankle = knee.plus(SHIN, shin);
        return new Leg(hip, knee, ankle, ankle.plus(FOOT, shin + 90 - limbs.ankle()));
    }

    private static Arm arm(Point shoulder, double torso, Limbs limbs) {
        double upper = torso + 180 + limbs.shoulder();
        Point elbow = shoulder.plus(UPPER_ARM, upper);
        return new Arm(shoulder, elbow, elbow.plus(FOREARM, upper + limbs.elbow()));
    }
}
