package dev.unknot.domain.pose;

/**
 * A figure's position, seen from its right side with the floor at y = 0 (y up, centimetres).
 *
 * @param hipX      where the hip joint is along the floor
 * @param hipY      how high the hip joint is above the floor
 * @param torso     direction from hip to shoulders, degrees counter-clockwise from +x (90 is upright; the figure
 *                  faces +x when upright)
 * @param neck      neck flexion (chin towards chest) positive, extension negative
 * @param near      the right arm and leg, nearer the viewer (in front, and the worked side when there is one)
 * @param far       the left arm and leg, behind
 * @param propPart  the body part the tool or ball lies under (ignored for bands and weights)
 * @param propAlong how far along that part, 0 at its start (hip end of the torso) to 1 at its end
 */
public record Pose(double hipX, double hipY, double torso, double neck, Limbs near, Limbs far,
                   Part propPart, double propAlong) {

    public Pose(double hipX, double hipY, double torso, double neck, Limbs near, Limbs far) {
        this(hipX, hipY, torso, neck, near, far, Part.LOWER_TORSO, 0);
    }

    /** The same pose moved up by {@code dy} (down when negative). */
    public Pose lifted(double dy) {
        return new Pose(hipX, hipY + dy, torso, neck, near, far, propPart, propAlong);
    }

    /** Part way from this to {@code other}: 0 is this, 1 is other. */
    public Pose towards(Pose other, double t) {
        return new Pose(Limbs.mix(hipX, other.hipX, t), Limbs.mix(hipY, other.hipY, t),
                Limbs.mix(torso, other.torso, t), Limbs.mix(neck, other.neck, t), near.towards(other.near, t),
                far.towards(other.far, t), propPart, Limbs.mix(propAlong, other.propAlong, t));
    }
}
