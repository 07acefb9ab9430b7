package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetCatalogueTest {
    private final TargetCatalogue catalogue = new TargetCatalogue();

    @Test
    void holdsExactlyTheGuidesSevenTargets() {
        List<String> ids = catalogue.all().stream().map(Target::id).toList();

        assertEquals(Set.of("upper_back", "glute_max", "piriformis", "glute_med_min", "tlf", "psoas", "ql"),
                Set.copyOf(ids));
        assertEquals(7, ids.size(), "ids are unique");
    }

    @Test
    void everyHowToIsTwoToFourSentencesAndWarnsItWillBeTender() {
        for (Target target : catalogue.all()) {
            long sentences = Arrays.stream(target.howTo().split("(?<=[.!?])\\s+"))
                    .filter(s -> !s.isBlank()).count();

            assertTrue(sentences >= 2 && sentences <= 4, target.id() + " has " + sentences + " sentences");
            assertTrue(target.howTo().contains("tender"), target.id());
        }
    }

    @Test
    void findsTargetsByIdAndRefusesUnknownOnes() {
        assertEquals("Psoas", catalogue.byId(TargetCatalogue.PSOAS).name());
        assertFalse(catalogue.find("hamstring").isPresent());
        assertThrows(ValidationException.class, () -> catalogue.byId("hamstring"));
    }

    @Test
    void theUsualToolIsOneThatSuitsTheTarget() {
        for (Target target : catalogue.all()) {
            assertTrue(target.suits(target.usualTool()), target.id());
            assertTrue(target.usualSides().allowedFor(target), target.id());
        }
    }
}
