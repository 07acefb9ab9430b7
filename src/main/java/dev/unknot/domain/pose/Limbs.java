package dev.unknot.domain.pose;

/**
 * One side's arm and leg, as joint angles in degrees from the anatomical zero (standing, arms hanging).
 *
 * @param shoulder flexion (arm forward and up) positive, extension (arm back) negative
 * @param elbow    flexion; 0 is a straight arm, never negative
 * @param hip      flexion (thigh forward) positive, extension negative
 * @param knee     flexion (heel towards buttock); 0 is a straight leg, never negative
 * @param ankle    plantar flexion (toes pointed) positive, dorsiflexion negative
 * @param crossed  the ankle rests on the other knee (a figure four): the shin is drawn from this knee to the
 *                 other knee, foreshortened, instead of at the knee angle
 */
public record Limbs(double shoulder, double elbow, double hip, double knee, double ankle, boolean crossed) {

    public Limbs(double shoulder, double elbow, double hip, double knee, double ankle) {
        this(shoulder, elbow, hip, knee, ankle, false);
    }

    /** Part way from this to {@code other}: 0 is this, 1 is other. */
    public Limbs towards(Limbs other, double t) {
        return new Limbs(mix(shoulder, other.shoulder, t), mix(elbow, other.elbow, t), mix(hip, other.hip, t),
                mix(knee, other.knee, t), mix(ankle, other.ankle, t), t < 0.5 ? crossed : other.crossed);
    }

    static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
