package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;
import dev.unknot.domain.Side;
import dev.unknot.domain.Target;
import dev.unknot.domain.Tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each cue says, as pieces spoken one after another: "Get into position" + "piriformis" + "left side" +
 * "lacrosse ball". Each piece is one pre-rendered file in assets/voice ({@code <piece>.wav}), so the phrases are
 * composed at run time rather than every combination recorded. The words of each piece are in
 * assets/voice/phrases.txt, which src/tools/GenerateVoice.java renders. Pure: no sound is played here.
 */
final class CuePhrases {
    static final String DIRECTORY = "/dev/unknot/voice/";

    static final String GET_INTO_POSITION = "get-into-position";
    static final String SWITCH_SIDES = "switch-sides";
    static final String ONE_MINUTE_LEFT = "one-minute-left";
    static final String SESSION_COMPLETE = "session-complete";

    private CuePhrases() {
    }

    /**
     * The pieces a cue says, in order; empty for a cue that is only a tone (GO: a short beep says "start" better
     * than a word) or nothing at all (TARGET_DONE: the cue that follows it in the same instant speaks).
     *
     * @param segment the segment the cue is about; only GET_INTO_POSITION names it (null: it says no more)
     */
    static List<String> piecesFor(Cue cue, Segment segment) {
        return switch (cue) {
            case GET_INTO_POSITION -> position(segment);
            case SWITCH_SIDE -> List.of(SWITCH_SIDES);
            case ONE_MINUTE_LEFT -> List.of(ONE_MINUTE_LEFT);
            case SESSION_DONE -> List.of(SESSION_COMPLETE);
            case GO, TARGET_DONE -> List.of();
        };
    }

    private static List<String> position(Segment segment) {
        if (segment == null) {
            return List.of(GET_INTO_POSITION);
        }
        List<String> pieces = new ArrayList<>(4);
        pieces.add(GET_INTO_POSITION);
        pieces.add(target(segment.target()));
        side(segment.side()).ifPresent(pieces::add);
        pieces.add(tool(segment.tool()));
        return List.copyOf(pieces);
    }

    static String target(Target target) {
        return "target-" + slug(target.id());
    }

    static String tool(Tool tool) {
        return "tool-" + slug(tool.id());
    }

    /** "left side" or "right side"; a target worked in the centre says no side. */
    static Optional<String> side(Side side) {
        return side == Side.CENTRAL ? Optional.empty() : Optional.of("side-" + slug(side.id()));
    }

    /** The class path resource of a piece, e.g. {@code /dev/unknot/voice/side-left.wav}. */
    static String resource(String piece) {
        return DIRECTORY + piece + ".wav";
    }

    private static String slug(String id) {
        return id.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
