package dev.unknot.domain;

import java.util.List;
import java.util.Optional;

/** The targets from the guide, in the order a low-back routine visits them after the upper back. */
public final class TargetCatalogue {
    public static final String UPPER_BACK = "upper_back";
    public static final String GLUTE_MAX = "glute_max";
    public static final String PIRIFORMIS = "piriformis";
    public static final String GLUTE_MED_MIN = "glute_med_min";
    public static final String TLF = "tlf";
    public static final String PSOAS = "psoas";
    public static final String QL = "ql";

    private final List<Target> targets = List.of(
            new Target(UPPER_BACK, "Upper back", Region.UPPER_BACK,
                    List.of(Tool.FOAM_ROLLER, Tool.SOFTBALL, Tool.LACROSSE_BALL), false, 8,
                    "Lie on your back with the roller across your shoulder blades, hands behind your head, hips on "
                            + "the floor. Slowly sink into the tender spot; it will be very tender, so let your "
                            + "weight in bit by bit. Breathe out long and stay on the spot rather than rolling fast. "
                            + "Keep off your neck and your lower ribs.",
                    ""),
            new Target(GLUTE_MAX, "Glute max", Region.LOW_BACK,
                    List.of(Tool.FOAM_ROLLER, Tool.SOFTBALL, Tool.LACROSSE_BALL), true, 5,
                    "Sit on the roller and lean onto one buttock, that leg's ankle crossed over the other knee. "
                            + "Find the tight spot and slowly let your weight into it; it will be tender. "
                            + "Breathe slowly and wait for the muscle to let go. Ease off if pain shoots down the leg.",
                    ""),
            new Target(PIRIFORMIS, "Piriformis", Region.LOW_BACK,
                    List.of(Tool.LACROSSE_BALL, Tool.SOFTBALL, Tool.FOAM_ROLLER), true, 5,
                    "Sit with the ball under the middle of one buttock, that ankle over the other knee, and lean "
                            + "towards the hip. Go slowly into the deep spot: it will be tender. "
                            + "Breathe out and let the spot soften. Move off it if you feel tingling or numbness.",
                    ""),
            new Target(GLUTE_MED_MIN, "Glute medius & minimus", Region.LOW_BACK,
                    List.of(Tool.SOFTBALL, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER), true, 5,
                    "Lie half on your side with the ball just below the top of the hip bone, on the outside of "
                            + "the hip. Roll slowly into it; the area will be tender. "
                            + "Breathe and hold the spot. Stay off the bony point of the hip.",
                    ""),
            new Target(TLF, "TLF (thoracolumbar fascia)", Region.LOW_BACK,
                    List.of(Tool.FOAM_ROLLER, Tool.SOFTBALL), false, 5,
                    "Lie on your back with the roller under your low back, knees bent, and lean a little to one "
                            + "side of the spine and then the other. Go in slowly; it will be tender. "
                            + "Breathe into your belly and keep the movement small.",
                    "Stay below the ribs and off the kidney area; never press straight on the spine."),
            new Target(PSOAS, "Psoas", Region.LOW_BACK,
                    List.of(Tool.SOFTBALL, Tool.LACROSSE_BALL), true, 5,
                    "Lie face down with the ball a hand's width beside the navel, just inside the hip bone. "
                            + "Let your weight in very slowly while you breathe out; it will be tender. "
                            + "Keep the pressure gentle and breathe into the ball.",
                    "Deep pressure on the belly: stop at once if you feel a pulse under the ball or a sharp pain."),
            new Target(QL, "QL (quadratus lumborum)", Region.LOW_BACK,
                    List.of(Tool.LACROSSE_BALL, Tool.SOFTBALL, Tool.FOAM_ROLLER), true, 5,
                    "Lie on your back, knees bent, with the ball between the top of the hip bone and the lowest "
                            + "rib, beside the spine. Tilt slowly onto it; it will be tender. "
                            + "Breathe out and hold; do just a little, a few days after the spasm began.",
                    "Stay off the ribs and the kidney area; the ball belongs in the soft muscle beside the spine."));

    public List<Target> all() {
        return targets;
    }

    public Optional<Target> find(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Target byId(String id) {
        return find(id).orElseThrow(() -> new ValidationException("Unknown target: " + id));
    }
}
