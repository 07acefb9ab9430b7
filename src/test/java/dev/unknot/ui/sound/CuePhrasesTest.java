package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Side;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each cue says, as pieces: the pure mapping, no sound. */
class CuePhrasesTest {
    private static final TargetCatalogue CATALOGUE = Segments.CATALOGUE;

    @Test
    void getIntoPositionNamesTargetSideAndTool() {
        assertEquals(List.of("get-into-position", "target-piriformis", "side-left", "tool-lacrosse-ball"),
                CuePhrases.piecesFor(Cue.GET_INTO_POSITION, Segments.of("piriformis", Side.LEFT, Tool.LACROSSE_BALL)));
        assertEquals(List.of("get-into-position", "target-glute-med-min", "side-right", "tool-softball"),
                CuePhrases.piecesFor(Cue.GET_INTO_POSITION, Segments.of("glute_med_min", Side.RIGHT, Tool.SOFTBALL)));
    }

    @Test
    void aTargetWorkedInTheCentreSaysNoSide() {
        assertEquals(List.of("get-into-position", "target-upper-back", "tool-foam-roller"),
                CuePhrases.piecesFor(Cue.GET_INTO_POSITION, Segments.of("upper_back", Side.CENTRAL, Tool.FOAM_ROLLER)));
        assertEquals(List.of("get-into-position", "target-tlf", "tool-softball"),
                CuePhrases.piecesFor(Cue.GET_INTO_POSITION, Segments.of("tlf", Side.CENTRAL, Tool.SOFTBALL)));
    }

    @Test
    void theOtherCuesSayTheirOwnWordsWhateverTheSegment() {
        var segment = Segments.of("psoas", Side.RIGHT, Tool.SOFTBALL);
        assertEquals(List.of("switch-sides"), CuePhrases.piecesFor(Cue.SWITCH_SIDE, segment));
        assertEquals(List.of("one-minute-left"), CuePhrases.piecesFor(Cue.ONE_MINUTE_LEFT, segment));
        assertEquals(List.of("session-complete"), CuePhrases.piecesFor(Cue.SESSION_DONE, segment));
        // GO stays a short beep; TARGET_DONE always comes with the cue that speaks.
        assertEquals(List.of(), CuePhrases.piecesFor(Cue.GO, segment));
        assertEquals(List.of(), CuePhrases.piecesFor(Cue.TARGET_DONE, segment));
        // Without a segment, get into position still says that much.
        assertEquals(List.of("get-into-position"), CuePhrases.piecesFor(Cue.GET_INTO_POSITION, null));
    }

    @Test
    void everyTargetToolAndSideHasAPieceOfItsOwn() {
        Set<String> targets = new HashSet<>();
        for (Target t : CATALOGUE.all()) {
            assertTrue(targets.add(CuePhrases.target(t)), "two targets share " + CuePhrases.target(t));
        }
        assertEquals(CATALOGUE.all().size(), targets.size());
        Set<String> tools = new HashSet<>();
        Arrays.stream(Tool.values()).forEach(tool -> tools.add(CuePhrases.tool(tool)));
        assertEquals(Tool.values().length, tools.size());
        assertEquals("side-left", CuePhrases.side(Side.LEFT).orElseThrow());
        assertEquals("side-right", CuePhrases.side(Side.RIGHT).orElseThrow());
        assertTrue(CuePhrases.side(Side.CENTRAL).isEmpty());
    }

    @Test
    void everyCombinationIsCueTargetSideToolInThatOrder() {
        for (Target t : CATALOGUE.all()) {
            for (Tool tool : Tool.values()) {
                for (Side side : Side.values()) {
                    List<String> pieces = CuePhrases.piecesFor(Cue.GET_INTO_POSITION, Segments.of(t.id(), side, tool));
                    String expectedSide = side == Side.CENTRAL ? null : "side-" + side.id();
                    List<String> expected = expectedSide == null
                            ? List.of("get-into-position", CuePhrases.target(t), CuePhrases.tool(tool))
                            : List.of("get-into-position", CuePhrases.target(t), expectedSide, CuePhrases.tool(tool));
                    assertEquals(expected, pieces, t.id() + " " + side + " " + tool);
                }
            }
        }
    }

    @Test
    void pieceNamesAreFileNamesOnTheClassPath() {
        assertEquals("/dev/unknot/voice/side-left.wav", CuePhrases.resource("side-left"));
        assertEquals("target-glute-max", CuePhrases.target(CATALOGUE.byId("glute_max")));
        assertEquals("tool-lacrosse-ball", CuePhrases.tool(Tool.LACROSSE_BALL));
    }

    /** Every piece any cue can ask for, over every target, tool and side. */
    static Set<String> everyPiece() {
        Set<String> all = new java.util.TreeSet<>();
        for (Cue cue : Cue.values()) {
            for (Target t : CATALOGUE.all()) {
                for (Tool tool : Tool.values()) {
                    for (Side side : Side.values()) {
                        all.addAll(CuePhrases.piecesFor(cue, Segments.of(t.id(), side, tool)));
                    }
                }
            }
        }
        return all;
    }
}
