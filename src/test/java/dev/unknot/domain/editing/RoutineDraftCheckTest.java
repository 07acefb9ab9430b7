package dev.unknot.domain.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineDraftCheckTest {
    private static final List<String> OTHERS = List.of("Low back", "Upper back", "Evening");

    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final Settings settings = Settings.defaults(catalogue);

    /** "Mine": glute max (per side, foam roller), TLF (central, foam roller), both at 5 minutes. */
    private RoutineDraft valid() {
        return RoutineDraft.blank(RoutineDraftTest.ID).renamed("Mine")
                .withStepAdded(catalogue.byId(TargetCatalogue.GLUTE_MAX), settings)
                .withStepAdded(catalogue.byId(TargetCatalogue.TLF), settings);
    }

    @Test
    void aValidDraftHasNoErrorsAndBuilds() {
        DraftCheck check = valid().check(OTHERS);

        assertTrue(check.isValid());
        assertEquals(List.of(), check.errors());
        assertEquals("Mine", check.routine().orElseThrow().name());
        assertEquals(valid().id(), check.routine().get().id());
        assertFalse(check.routine().get().builtIn());
    }

    // ---- name ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyNameIsReportedAgainstTheName(String name) {
        DraftCheck check = valid().renamed(name).check(OTHERS);

        assertEquals(Optional.of("A routine needs a name."), check.errorFor(DraftField.NAME));
        assertEquals(1, check.errors().size());
        assertTrue(check.routine().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evening", "evening", "EVENING", "  Evening "})
    void aNameAnotherRoutineUsesIsRefusedWhateverItsCase(String name) {
        DraftCheck check = valid().renamed(name).check(OTHERS);

        assertEquals(Optional.of("There is already a routine called \"Evening\" (names differ by more than capitals); "
                + "choose a different name."), check.errorFor(DraftField.NAME), "the existing name, not what was typed");
    }

    @Test
    void aNameUpToFortyCharactersIsTakenAndLongerIsRefusedWithItsLength() {
        String forty = "x".repeat(RoutineDraft.MAX_NAME_LENGTH);
        assertTrue(valid().renamed(forty).check(OTHERS).errorFor(DraftField.NAME).isEmpty());
        assertTrue(valid().renamed("  " + forty + "  ").check(OTHERS).errorFor(DraftField.NAME).isEmpty(),
                "spaces around are not counted");
        assertEquals(Optional.of("A routine's name can be at most 40 characters; this one has 300."),
                valid().renamed("y".repeat(300)).check(OTHERS).errorFor(DraftField.NAME));
        assertTrue(valid().renamed("\uD83D\uDE00".repeat(40)).check(OTHERS).errorFor(DraftField.NAME).isEmpty(),
                "characters, not UTF-16 units, are counted");
    }

    @Test
    void aCopyOfALongNameStillFitsTheLimit() {
        String name = RoutineDraft.copyName("z".repeat(RoutineDraft.MAX_NAME_LENGTH), java.util.List.of());
        assertEquals(RoutineDraft.MAX_NAME_LENGTH, name.length());
        assertTrue(name.endsWith(" (copy)"));
    }

    @Test
    void aBuiltInsNameIsTakenToo() {
        assertTrue(valid().renamed("low back").check(OTHERS).errorFor(DraftField.NAME).isPresent());
    }

    @Test
    void aNameThatOnlyContainsAnotherIsFree() {
        assertTrue(valid().renamed("Evening 2").check(OTHERS).isValid());
    }

    // ---- steps --------------------------------------------------------------------------------------------

    @Test
    void noStepsIsReportedAgainstTheSteps() {
        DraftCheck check = RoutineDraft.blank(RoutineDraftTest.ID).renamed("Empty").check(OTHERS);

        assertEquals(Optional.of("A routine needs at least one step."), check.errorFor(DraftField.STEPS));
        assertEquals(1, check.errors().size());
    }

    @Test
    void removingTheLastStepLeavesADraftThatDoesNotBuild() {
        assertTrue(valid().withStepRemoved(1).withStepRemoved(0).check(OTHERS).routine().isEmpty());
    }

    // ---- minutes ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"5", "6", "29", "30", " 30 ", "+7", "05"})
    void minutesFrom5To30AreAccepted(String typed) {
        assertTrue(valid().withMinutes(0, typed).check(OTHERS).isValid(), typed);
    }

    @ParameterizedTest
    @CsvSource({"4, 4", "31, 31", "45, 45", "0, 0", "-5, -5"})
    void minutesOutside5To30AreRefusedNamingTheRangeAndTheValue(String typed, String shown) {
        DraftCheck check = valid().withMinutes(1, typed).check(OTHERS);

        assertEquals(Optional.of("Minutes must be a whole number from 5 to 30 (got " + shown + ")."),
                check.errorFor(DraftField.MINUTES, 1));
        assertEquals(List.of(new DraftError(DraftField.MINUTES, OptionalInt.of(1),
                "Minutes must be a whole number from 5 to 30 (got " + shown + ").")), check.errors());
    }

    @Test
    void fortyFiveMinutesGetsTheExactMessage() {
        assertEquals(Optional.of("Minutes must be a whole number from 5 to 30 (got 45)."),
                valid().withMinutes(0, "45").check(OTHERS).errorFor(DraftField.MINUTES, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ten", "7.5", "5 min", "1e1"})
    void minutesThatAreNotAWholeNumberAreRefusedNeverGuessed(String typed) {
        assertEquals(Optional.of("Minutes must be a whole number from 5 to 30 (got \"" + typed + "\")."),
                valid().withMinutes(0, typed).check(OTHERS).errorFor(DraftField.MINUTES, 0));
    }

    // ---- tool and sides -----------------------------------------------------------------------------------

    @Test
    void aToolTheTargetDoesNotSuitIsReportedWithTheToolsThatDo() {
        DraftCheck check = valid().withTool(1, Tool.LACROSSE_BALL).check(OTHERS);

        assertEquals(Optional.of("Lacrosse ball does not suit the TLF (thoracolumbar fascia); use a foam roller "
                + "or a softball."), check.errorFor(DraftField.TOOL, 1));
        assertEquals(Optional.empty(), check.errorFor(DraftField.TOOL, 0));
    }

    @Test
    void thePsoasTakesOnlyBalls() {
        RoutineDraft draft = RoutineDraft.blank(RoutineDraftTest.ID).renamed("P")
                .withStepAdded(catalogue.byId(TargetCatalogue.PSOAS), settings).withTool(0, Tool.FOAM_ROLLER);

        assertEquals(Optional.of("Foam roller does not suit the Psoas; use a softball or a lacrosse ball."),
                draft.check(OTHERS).errorFor(DraftField.TOOL, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEFT", "RIGHT", "BOTH"})
    void aPerSideTargetTakesLeftRightOrBoth(String sides) {
        assertTrue(valid().withSides(0, Sides.valueOf(sides)).check(OTHERS).isValid());
    }

    @Test
    void aPerSideTargetCannotBeWorkedInTheCentre() {
        assertEquals(Optional.of("Glute max is worked one side at a time; choose left, right or both."),
                valid().withSides(0, Sides.CENTRAL).check(OTHERS).errorFor(DraftField.SIDES, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEFT", "RIGHT", "BOTH"})
    void aCentralTargetTakesOnlyTheCentre(String sides) {
        assertEquals(Optional.of("TLF (thoracolumbar fascia) is worked in the centre, not by side; choose centre."),
                valid().withSides(1, Sides.valueOf(sides)).check(OTHERS).errorFor(DraftField.SIDES, 1));
    }

    // ---- all together -------------------------------------------------------------------------------------

    @Test
    void everyErrorIsReportedAtOnceInFieldOrder() {
        DraftCheck check = valid().renamed(" ")
                .withTool(1, Tool.LACROSSE_BALL).withSides(1, Sides.LEFT).withMinutes(1, "31")
                .withMinutes(0, "4")
                .check(OTHERS);

        assertEquals(List.of(
                new DraftError(DraftField.NAME, OptionalInt.empty(), "A routine needs a name."),
                new DraftError(DraftField.MINUTES, OptionalInt.of(0),
                        "Minutes must be a whole number from 5 to 30 (got 4)."),
                new DraftError(DraftField.TOOL, OptionalInt.of(1),
                        "Lacrosse ball does not suit the TLF (thoracolumbar fascia); use a foam roller or a softball."),
                new DraftError(DraftField.SIDES, OptionalInt.of(1),
                        "TLF (thoracolumbar fascia) is worked in the centre, not by side; choose centre."),
                new DraftError(DraftField.MINUTES, OptionalInt.of(1),
                        "Minutes must be a whole number from 5 to 30 (got 31).")), check.errors());
        assertTrue(check.routine().isEmpty());
        assertTrue(valid().renamed(" ").check(OTHERS).routine().isEmpty());
    }

    @Test
    void errorsFollowTheirStepWhenItMoves() {
        RoutineDraft draft = valid().withMinutes(1, "45").withStepMoved(1, 0);

        DraftCheck check = draft.check(OTHERS);

        assertTrue(check.errorFor(DraftField.MINUTES, 0).isPresent());
        assertTrue(check.errorFor(DraftField.MINUTES, 1).isEmpty());
    }
}
