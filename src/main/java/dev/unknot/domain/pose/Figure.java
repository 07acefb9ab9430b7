package dev.unknot.domain.pose;

import java.util.List;
import java.util.Set;

/**
 * A pose turned into points, ready to draw: the bones in drawing order (far limbs first, then the torso and
 * head, then the near limbs), the head, the hip (drawn as the buttock), and the prop.
 *
 * @param bones       every stroke, always the same parts in the same order for a given pose guide
 * @param head        centre of the head
 * @param hip         the hip joint
 * @param props       what is drawn besides the body
 * @param propCentre  centre of the tool or ball on the floor; null without one
 * @param propRadius  radius of the tool or ball (0 without one)
 * @param bandAnchor  where a band is fixed; null without a band
 * @param hands       the near and far hands (where a band is held or the weights are)
 * @param worked      the parts drawn in the accent
 * @param sideWorked  only the near side's limbs and hip are worked (a target worked one side at a time)
 */
public record Figure(List<Bone> bones, Point head, Point hip, Set<Prop> props, Point propCentre,
                     double propRadius, Point bandAnchor, List<Point> hands, Set<Part> worked, boolean sideWorked) {

    public Figure {
        bones = List.copyOf(bones);
        hands = List.copyOf(hands);
        worked = Set.copyOf(worked);
        props = Set.copyOf(props);
    }

    /** Is this bone drawn in the accent? */
    public boolean isWorked(Bone bone) {
        return worked.contains(bone.part()) && !(sideWorked && bone.far());
    }

    /** The same figure seen from the other side: every x negated. */
    public Figure mirrored() {
        return new Figure(bones.stream().map(Bone::mirrored).toList(), head.mirrored(), hip.mirrored(), props,
                propCentre == null ? null : propCentre.mirrored(), propRadius,
                bandAnchor == null ? null : bandAnchor.mirrored(),
                hands.stream().map(Point::mirrored).toList(), worked, sideWorked);
    }
}
