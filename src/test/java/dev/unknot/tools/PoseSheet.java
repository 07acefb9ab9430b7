package dev.unknot.tools;

import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.exercises.ExerciseCatalogue;
import dev.unknot.domain.pose.Bone;
import dev.unknot.domain.pose.Bounds;
import dev.unknot.domain.pose.Figure;
import dev.unknot.domain.pose.Kinematics;
import dev.unknot.domain.pose.Part;
import dev.unknot.domain.pose.PoseCatalogue;
import dev.unknot.domain.pose.PoseGuide;
import dev.unknot.domain.pose.Point;
import dev.unknot.domain.pose.Prop;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws every pose in the catalogue onto one sheet for the README (assets/screenshots/poses.png), with plain
 * Java2D and the same kinematics and dark-palette colours the app's figure uses. A movement's two key poses are
 * drawn side by side. Run: {@code mvn -q test-compile && java -cp target/classes:target/test-classes
 * dev.unknot.tools.PoseSheet assets/screenshots/poses.png}.
 */
public final class PoseSheet {
    private static final Color BG = Color.decode("#12161d");
    private static final Color CARD = Color.decode("#1b212b");
    private static final Color FG = Color.decode("#e9eef4");
    private static final Color MUTED = Color.decode("#a9b4c2");
    private static final Color FAR = Color.decode("#5b6b80");
    private static final Color ACCENT = Color.decode("#4fd1c5");
    private static final Color TOOL = Color.decode("#c3a6ff");
    private static final Color FLOOR = Color.decode("#334050");
    private static final int CELL_W = 300;
    private static final int CELL_H = 230;
    private static final double MAX_SCALE = 1.6; // pixels per centimetre, at most

    private PoseSheet() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots/poses.png");
        PoseCatalogue poses = new PoseCatalogue();
        TargetCatalogue targets = new TargetCatalogue();
        ExerciseCatalogue exercises = new ExerciseCatalogue();
        List<String[]> names = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Bounds> boxes = new ArrayList<>();
        targets.all().forEach(t -> add(poses.forTarget(t.id()).orElseThrow(), t.name(),
                t.usualTool().label() + (t.perSide() ? ", right side" : ""), figures, boxes, names));
        exercises.all().forEach(e -> add(poses.forExercise(e.id()).orElseThrow(), e.name(), "strengthening",
                figures, boxes, names));
        int columns = 4;
        int rows = (figures.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * CELL_W, rows * CELL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BG);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < figures.size(); i++) {
            int x = (i % columns) * CELL_W;
            int y = (i / columns) * CELL_H;
            g.setColor(CARD);
            g.fillRoundRect(x + 6, y + 6, CELL_W - 12, CELL_H - 12, 14, 14);
            draw(g, figures.get(i), boxes.get(i), names.get(i)[1].startsWith(Tool.FOAM_ROLLER.label()), x, y);
            g.setColor(FG);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(names.get(i)[0], x + 18, y + 30);
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(names.get(i)[1], x + 18, y + 47);
        }
        g.dispose();
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(image, "png", out.toFile());
    }

    private static void add(PoseGuide guide, String name, String detail, List<Figure> figures,
                            List<Bounds> boxes, List<String[]> names) {
        figures.add(guide.figure(0, Side.RIGHT));
        boxes.add(guide.bounds(Side.RIGHT));
        if (guide.moves()) {
            names.add(new String[] {name, detail + " · from here"});
            figures.add(guide.figure(1, Side.RIGHT));
            boxes.add(guide.bounds(Side.RIGHT));
            names.add(new String[] {name, detail + " · to here, and back"});
        } else {
            names.add(new String[] {name, detail});
        }
    }

    private static void draw(Graphics2D g, Figure f, Bounds box, boolean roller, int cellX, int cellY) {
        float alpha = 1f;
        double scale = Math.min(MAX_SCALE, Math.min((CELL_W - 40) / box.width(), (CELL_H - 75) / box.height()));
        double floorY = cellY + CELL_H - 30;
        double originX = cellX + CELL_W / 2.0 - (box.minX() + box.maxX()) / 2 * scale;
        java.util.function.Function<Point, double[]> at = p -> new double[] {originX + p.x() * scale,
                floorY - p.y() * scale};
        g.setColor(FLOOR);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cellX + 20, floorY + 2, cellX + CELL_W - 20, floorY + 2));
        if (f.propCentre() != null) {
            double[] c = at.apply(f.propCentre());
            double r = f.propRadius() * scale;
            g.setColor(fade(TOOL, alpha));
            g.fill(new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
            if (roller) { // a roller seen end-on: a ring
                double core = r * 0.45;
                g.setColor(TOOL.darker().darker());
                g.fill(new Ellipse2D.Double(c[0] - core, c[1] - core, 2 * core, 2 * core));
            }
        }
        if (f.bandAnchor() != null) {
            double[] a = at.apply(f.bandAnchor());
            double[] h = at.apply(f.hands().get(0));
            g.setColor(fade(TOOL, alpha));
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(a[0], a[1], h[0], h[1]));
            g.fill(new Ellipse2D.Double(a[0] - 5, a[1] - 5, 10, 10));
        }
        for (Bone b : f.bones()) {
            double[] p = at.apply(b.from());
            double[] q = at.apply(b.to());
            boolean torso = b.part() == Part.LOWER_TORSO || b.part() == Part.UPPER_TORSO;
            float width = (float) ((torso ? 15 : b.part() == Part.NECK ? 8 : 9) * scale);
            Color colour = f.isWorked(b) ? ACCENT : b.far() ? FAR : MUTED;
            g.setColor(fade(colour, alpha));
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(p[0], p[1], q[0], q[1]));
        }
        double[] hip = at.apply(f.hip());
        double hr = (f.worked().contains(Part.HIP) ? 12 : 9) * scale;
        g.setColor(fade(f.worked().contains(Part.HIP) ? ACCENT : MUTED, alpha));
        g.fill(new Ellipse2D.Double(hip[0] - hr, hip[1] - hr, 2 * hr, 2 * hr));
        double[] head = at.apply(f.head());
        double r = Kinematics.HEAD_RADIUS * scale;
        g.setColor(fade(MUTED, alpha));
        g.fill(new Ellipse2D.Double(head[0] - r, head[1] - r, 2 * r, 2 * r));
        if (f.props().contains(Prop.WEIGHTS)) {
            g.setColor(fade(TOOL, alpha));
            for (Point hand : f.hands()) {
                double[] h = at.apply(hand);
                g.fill(new java.awt.geom.RoundRectangle2D.Double(h[0] - 9, h[1] - 4, 18, 8, 4, 4));
            }
        }
    }

    private static Color fade(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }
}
