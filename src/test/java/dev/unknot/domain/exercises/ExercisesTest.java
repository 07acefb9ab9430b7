package dev.unknot.domain.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.ValidationException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExercisesTest {
    private final ExerciseCatalogue catalogue = new ExerciseCatalogue();

    @Test
    void holdsTheGuidesFourExercisesInItsOrder() {
        assertEquals(List.of("Bird dog", "8-point plank", "Squat to row", "Ball chest press"),
                catalogue.all().stream().map(Exercise::name).toList());
        assertEquals(4, catalogue.all().stream().map(Exercise::id).distinct().count());
    }

    @Test
    void everyHowToIsTwoOrThreeSentences() {
        for (Exercise exercise : catalogue.all()) {
            long sentences = Arrays.stream(exercise.howTo().split("(?<=[.!?])\\s+"))
                    .filter(s -> !s.isBlank()).count();

            assertTrue(sentences >= 2 && sentences <= 3, exercise.id() + " has " + sentences + " sentences");
        }
    }

    @Test
    void everyHowToSaysHowToSpareTheSoreArea() {
        for (Exercise exercise : catalogue.all()) {
            String howTo = exercise.howTo().toLowerCase();

            assertTrue(howTo.contains("sore") || howTo.contains("back"), exercise.id());
            assertTrue(howTo.contains("if "), exercise.id() + " gives an easier way when it hurts");
        }
    }

    @Test
    void findsExercisesByIdAndRefusesUnknownOnes() {
        assertEquals("Bird dog", catalogue.byId(ExerciseCatalogue.BIRD_DOG).name());
        assertTrue(catalogue.find("deadlift").isEmpty());
        assertThrows(ValidationException.class, () -> catalogue.byId("deadlift"));
    }

    @Test
    void theDefaultBlockIsThreeSetsOf30SecondsWith30SecondRests() {
        assertEquals(new ExerciseBlock(3, 30, 30), ExerciseBlock.DEFAULT);
    }

    @Test
    void oneExerciseUnrollsIntoThreeSetsWithNoRestAfterTheLast() {
        Exercise birdDog = catalogue.byId(ExerciseCatalogue.BIRD_DOG);

        ExercisePlan plan = ExercisePlan.of(List.of(birdDog));

        assertEquals(List.of(new ExerciseSet(birdDog, 1, 30, 30), new ExerciseSet(birdDog, 2, 30, 30),
                new ExerciseSet(birdDog, 3, 30, 0)), plan.sets());
        assertEquals(3 * 30 + 2 * 30, plan.totalSeconds());
    }

    @Test
    void severalExercisesFollowEachOtherWithARestBetween() {
        Exercise plank = catalogue.byId(ExerciseCatalogue.EIGHT_POINT_PLANK);
        Exercise row = catalogue.byId(ExerciseCatalogue.SQUAT_TO_ROW);

        ExercisePlan plan = ExercisePlan.of(List.of(plank, row), new ExerciseBlock(2, 40, 20));

        assertEquals(List.of(new ExerciseSet(plank, 1, 40, 20), new ExerciseSet(plank, 2, 40, 20),
                new ExerciseSet(row, 1, 40, 20), new ExerciseSet(row, 2, 40, 0)), plan.sets());
        assertEquals(4 * 40 + 3 * 20, plan.totalSeconds());
    }

    @Test
    void aPlanNeedsAnExercise() {
        assertThrows(ValidationException.class, () -> ExercisePlan.of(List.of()));
    }

    @Test
    void aBlockRefusesSetsAndSecondsOutOfRange() {
        assertThrows(ValidationException.class, () -> new ExerciseBlock(0, 30, 30));
        assertThrows(ValidationException.class, () -> new ExerciseBlock(11, 30, 30));
        assertThrows(ValidationException.class, () -> new ExerciseBlock(3, 4, 30));
        assertThrows(ValidationException.class, () -> new ExerciseBlock(3, 301, 30));
        assertThrows(ValidationException.class, () -> new ExerciseBlock(3, 30, -1));
        assertThrows(ValidationException.class, () -> new ExerciseBlock(3, 30, 301));
        new ExerciseBlock(1, 5, 0);
        new ExerciseBlock(10, 300, 300);
    }
}
