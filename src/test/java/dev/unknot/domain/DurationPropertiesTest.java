package dev.unknot.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated input for the duration rules (issue 7): whatever a person types or a file holds, the answer is the value
 * or our own {@link ValidationException} naming the rule, never another exception and never a clamped value.
 */
class DurationPropertiesTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    @Property(tries = 500, seed = "7001")
    void anyWholeNumberOfMinutesIsKeptInRangeAndRefusedOutsideIt(@ForAll int minutes) {
        if (minutes >= 5 && minutes <= 30) {
            assertEquals(minutes, Durations.requireMinutes(minutes));
        } else {
            ValidationException e = assertThrows(ValidationException.class, () -> Durations.requireMinutes(minutes));
            assertEquals("Minutes must be a whole number from 5 to 30 (got " + minutes + ").", e.getMessage());
        }
    }

    /** A number written the ways people type one: padded with zeros, a plus sign, spaces or tabs around it. */
    @Property(tries = 500, seed = "7002")
    void aTypedNumberIsReadAsItsValueAndAcceptedOnlyInRange(
            @ForAll @IntRange(min = -100_000, max = 100_000) int value,
            @ForAll @IntRange(min = 0, max = 3) int zeros, @ForAll boolean plus,
            @ForAll("blanks") String before, @ForAll("blanks") String after) {
        String digits = "0".repeat(zeros) + Math.abs(value);
        String typed = before + (value < 0 ? "-" : plus ? "+" : "") + digits + after;
        if (value >= 5 && value <= 30) {
            assertEquals(value, Durations.parseMinutes(typed), typed);
        } else {
            ValidationException e = assertThrows(ValidationException.class, () -> Durations.parseMinutes(typed));
            assertTrue(e.getMessage().startsWith(Durations.rangeMessage() + " (got "),
                    e.getMessage());
        }
    }

    /** Anything at all: the result is a minute count in range that the text spells in ASCII digits, or a refusal. */
    @Property(tries = 500, seed = "7003")
    void anyTextIsEitherMinutesInRangeOrRefusedWithTheRule(@ForAll("typed") String text) {
        int minutes;
        try {
            minutes = Durations.parseMinutes(text);
        } catch (ValidationException refused) {
            assertTrue(refused.getMessage().startsWith(Durations.rangeMessage() + " (got "), refused.getMessage());
            return;
        } catch (RuntimeException other) {
            fail("\"" + text + "\" threw " + other, other);
            return;
        }
        assertTrue(minutes >= 5 && minutes <= 30, "accepted " + minutes);
        String stripped = text.replaceAll("^[\\h\\s]+|[\\h\\s]+$", ""); // blanks around, no-break ones too
        assertTrue(stripped.matches("[+-]?[0-9]+"), "accepted \"" + text + "\", which is not a plain number");
        assertEquals(minutes, Integer.parseInt(stripped));
    }

    @Property(tries = 300, seed = "7004")
    void settingsAreMadeExactlyWhenEveryValueIsInItsRange(@ForAll("minutesByTarget") Map<String, Integer> minutes,
            @ForAll @IntRange(min = -20, max = 100) int reposition, @ForAll boolean sounds,
            @ForAll @IntRange(min = -20, max = 140) int volume, @ForAll @IntRange(min = -3, max = 20) int qlDays) {
        boolean valid = minutes.values().stream().allMatch(m -> m >= 5 && m <= 30)
                && reposition >= 0 && reposition <= 60 && volume >= 0 && volume <= 100 && qlDays >= 1 && qlDays <= 14;
        try {
            Settings s = new Settings(minutes, reposition, sounds, volume, qlDays);
            assertTrue(valid, "accepted " + s);
            assertEquals(minutes, s.minutesByTarget());
            assertEquals(reposition, s.repositionSeconds());
            assertEquals(volume, s.volumePercent());
            assertEquals(qlDays, s.qlAfterDays());
            assertEquals(sounds, s.soundsOn());
            CATALOGUE.all().forEach(t -> assertEquals(minutes.getOrDefault(t.id(), t.defaultMinutes()), s.minutesFor(t)));
        } catch (ValidationException refused) {
            assertTrue(!valid, "refused valid settings: " + refused.getMessage());
            assertTrue(refused.getMessage().contains("(got "), refused.getMessage());
        }
    }

    // ---- generators ----------------------------------------------------------------------------------

    /** White space around a typed number, the no-break space (U+00A0) of a pasted one among it. */
    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\u2003\n\r\u00A0\u2007").ofMaxLength(3);
    }

    /**
     * What lands in a minutes field: mostly short strings of digits, signs, spaces and the odd letter, some of them
     * long, with Unicode digits (Arabic-Indic, full-width) that a keyboard can produce but we do not accept, and
     * numbers too big for an int.
     */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> keyboard = Arbitraries.strings()
                .withChars("0123456789+-. ,eE\t x")
                .withChars('\u0660', '\u0665', '\uFF15', '\u00A0', '\u2007')
                .ofMaxLength(14);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(12);
        Arbitrary<String> huge = Arbitraries.longs().map(String::valueOf);
        return Arbitraries.frequencyOf(
                Tuple.of(6, keyboard),
                Tuple.of(2, anything),
                Tuple.of(1, huge),
                Tuple.of(1, Arbitraries.just((String) null)));
    }

    @Provide
    Arbitrary<Map<String, Integer>> minutesByTarget() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.of(CATALOGUE.all().stream().map(Target::id).toList()),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(5, 30)),
                Tuple.of(1, Arbitraries.integers()));
        return Arbitraries.maps(ids, minutes).ofMaxSize(8);
    }
}
