package dev.unknot.ui.body;

import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A back view of a person, drawn in a 200 x 420 box and scaled to whatever room it is given, with a region for
 * each target: upper back, QL, TLF, glute max, glute medius & minimus, piriformis, and the psoas (at the front,
 * deep: drawn dashed at the hip). Seen from behind, the person's left is on the viewer's left, as on the floor.
 * The regions named by {@link #marksProperty()} carry the {@code :lit} pseudo-class.
 */
public final class BodyOutline extends Region {
    private static final double WIDTH = 200;
    private static final double HEIGHT = 420;
    private static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");

    private final Group drawing = new Group();
    /** Region id ("piriformis-left", "tlf-central") to its shape. */
    private final Map<String, Shape> regions = new LinkedHashMap<>();
    private final ObjectProperty<List<BodyMark>> marks = new SimpleObjectProperty<>(List.of());

    public BodyOutline() {
        getStyleClass().add("body-outline");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        drawing.getChildren().addAll(silhouette());
        drawing.setManaged(false);
        addRegions();
        Text left = caption("L", 28);
        Text right = caption("R", 164);
        drawing.getChildren().addAll(left, right);
        getChildren().add(drawing);
        setMinSize(0, 0);
        setPrefSize(150, 315);
        marks.addListener((o, was, now) -> light(now));
        light(marks.get());
    }

    /**
     * Shows the outline beside a screen's content: as tall as a share of the screen, and gone when the screen is
     * narrower or lower than the given size, so what matters more (the countdown) keeps the room.
     */
    public void fitTo(Region screen, double heightShare, double minScreenWidth, double minScreenHeight) {
        prefWidthProperty().bind(screen.heightProperty().multiply(heightShare * WIDTH / HEIGHT));
        maxWidthProperty().bind(prefWidthProperty());
        setMinWidth(Region.USE_PREF_SIZE);
        visibleProperty().bind(screen.widthProperty().greaterThanOrEqualTo(minScreenWidth)
                .and(screen.heightProperty().greaterThanOrEqualTo(minScreenHeight)));
        managedProperty().bind(visibleProperty());
    }

    /** The targets and sides to light; bind it to a view-model's. */
    public ObjectProperty<List<BodyMark>> marksProperty() {
        return marks;
    }

    /** The region ids lit now, e.g. {@code [piriformis-left]}, in the order of {@link #regionIds()}. */
    public List<String> litRegions() {
        return regions.entrySet().stream().filter(e -> e.getValue().getPseudoClassStates().contains(LIT))
                .map(Map.Entry::getKey).toList();
    }

    /** Every region drawn: one per target, or one per side for a target worked on each side. */
    public List<String> regionIds() {
        return List.copyOf(regions.keySet());
    }

    @Override
    protected void layoutChildren() {
        double scale = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        drawing.getTransforms().setAll(new javafx.scene.transform.Translate(
                        (getWidth() - WIDTH * scale) / 2, (getHeight() - HEIGHT * scale) / 2),
                new javafx.scene.transform.Scale(scale, scale));
    }

    @Override
    protected double computePrefHeight(double width) {
        return width <= 0 ? super.computePrefHeight(width) : width * HEIGHT / WIDTH;
    }

    private void light(List<BodyMark> lit) {
        List<String> ids = lit == null ? List.of() : lit.stream().map(BodyOutline::regionId).toList();
        regions.forEach((id, shape) -> {
            shape.pseudoClassStateChanged(LIT, ids.contains(id));
            if (ids.contains(id)) {
                shape.toFront(); // a lit glute max is not crossed by the piriformis drawn over it
            }
        });
        setAccessibleText(ids.isEmpty() ? "Body outline" : "Body outline, marked: " + lit.stream()
                .map(m -> m.targetId().replace('_', ' ') + (m.side() == Side.CENTRAL ? "" : " " + m.side().id()))
                .collect(Collectors.joining(", ")));
    }

    static String regionId(BodyMark mark) {
        return mark.targetId() + "-" + mark.side().id();
    }

    private static List<Shape> silhouette() {
        List<Shape> parts = new ArrayList<>();
        Ellipse head = new Ellipse(100, 34, 21, 26);
        SVGPath body = new SVGPath();
        // Neck, shoulders, arms hanging, torso to the hips, and two legs; one closed outline.
        body.setContent("M 91 56 L 91 70 Q 60 74 44 84 Q 34 92 32 112 L 24 210 Q 22 236 30 240 Q 38 240 40 214"
                + " L 50 132 L 56 186 Q 52 212 50 244 Q 50 268 56 290 L 62 406 Q 64 414 78 414 Q 88 414 90 404"
                + " L 98 300 L 102 300 L 110 404 Q 112 414 122 414 Q 136 414 138 406 L 144 290 Q 150 268 150 244"
                + " Q 148 212 144 186 L 150 132 L 160 214 Q 162 240 170 240 Q 178 236 176 210 L 168 112"
                + " Q 166 92 156 84 Q 140 74 109 70 L 109 56 Z");
        SVGPath spine = new SVGPath();
        spine.setContent("M 100 74 L 100 236");
        spine.getStyleClass().add("body-spine");
        head.getStyleClass().add("body-shape");
        body.getStyleClass().add("body-shape");
        parts.add(body);
        parts.add(head);
        parts.add(spine);
        return parts;
    }

    private void addRegions() {
        region(TargetCatalogue.UPPER_BACK, Side.CENTRAL, path("M 64 92 Q 100 84 136 92 L 132 150 Q 100 158 68 150 Z"));
        region(TargetCatalogue.QL, Side.LEFT, path("M 66 172 L 86 172 L 88 222 L 66 222 Q 62 196 66 172 Z"));
        region(TargetCatalogue.QL, Side.RIGHT, path("M 134 172 L 114 172 L 112 222 L 134 222 Q 138 196 134 172 Z"));
        region(TargetCatalogue.TLF, Side.CENTRAL, path("M 100 164 L 122 202 L 100 240 L 78 202 Z"));
        region(TargetCatalogue.GLUTE_MAX, Side.LEFT, new Ellipse(77, 270, 22, 23));
        region(TargetCatalogue.GLUTE_MAX, Side.RIGHT, new Ellipse(123, 270, 22, 23));
        region(TargetCatalogue.GLUTE_MED_MIN, Side.LEFT, new Ellipse(61, 240, 9, 14));
        region(TargetCatalogue.GLUTE_MED_MIN, Side.RIGHT, new Ellipse(139, 240, 9, 14));
        region(TargetCatalogue.PIRIFORMIS, Side.LEFT, path("M 64 268 Q 80 256 96 258 L 96 266 Q 80 266 66 276 Z"));
        region(TargetCatalogue.PIRIFORMIS, Side.RIGHT, path("M 136 268 Q 120 256 104 258 L 104 266 Q 120 266 134 276 Z"));
        Shape psoasLeft = path("M 92 196 Q 88 228 76 262 L 84 266 Q 96 232 98 198 Z");
        Shape psoasRight = path("M 108 196 Q 112 228 124 262 L 116 266 Q 104 232 102 198 Z");
        psoasLeft.getStyleClass().add("deep");
        psoasRight.getStyleClass().add("deep");
        region(TargetCatalogue.PSOAS, Side.LEFT, psoasLeft);
        region(TargetCatalogue.PSOAS, Side.RIGHT, psoasRight);
    }

    private void region(String targetId, Side side, Shape shape) {
        String id = regionId(new BodyMark(targetId, side));
        shape.getStyleClass().addAll("body-region", id);
        regions.put(id, shape);
        drawing.getChildren().add(shape);
    }

    private static SVGPath path(String content) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        return path;
    }

    private static Text caption(String text, double x) {
        Text caption = new Text(x, 262, text);
        caption.getStyleClass().add("body-side-caption");
        return caption;
    }
}
