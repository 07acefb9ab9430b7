package dev.unknot.domain.insights;

import dev.unknot.domain.insights.TargetTotals.TargetTotal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.unknot.domain.TargetCatalogue.GLUTE_MAX;
import static dev.unknot.domain.TargetCatalogue.PSOAS;
import static dev.unknot.domain.TargetCatalogue.QL;
import static dev.unknot.domain.TargetCatalogue.TLF;
import static dev.unknot.domain.TargetCatalogue.UPPER_BACK;
import static dev.unknot.domain.insights.Log.BERLIN;
import static dev.unknot.domain.insights.Log.CATALOGUE;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static dev.unknot.domain.insights.Log.LEFT;
import static dev.unknot.domain.insights.Log.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetTotalsTest {

    @Test
    void mostMinutesFirstWithTiesInCatalogueOrderThenUnknownIdsAlphabetically() {
        TargetTotals result = TargetTotals.of(List.of(
                Log.at("2024-03-05T10:00").work(QL, LEFT, 300).work(UPPER_BACK, CENTRAL, 300)
                        .work("old_b", CENTRAL, 300).work("old_a", CENTRAL, 300).build(),
                Log.at("2024-03-06T10:00").work(TLF, CENTRAL, 900).work(PSOAS, LEFT, 60).build()),
                CATALOGUE, BERLIN);

        assertEquals(List.of(TLF, UPPER_BACK, QL, "old_a", "old_b", PSOAS),
                result.targets().stream().map(TargetTotal::targetId).toList());
        assertEquals(List.of(15.0, 5.0, 5.0, 5.0, 5.0, 1.0),
                result.targets().stream().map(TargetTotal::minutes).toList());
        assertEquals(36.0, result.totalMinutes());
    }

    @Test
    void aSessionCountsOnceForATargetItWorkedOnBothSidesAndTheLastDateIsTheLatestLocalDay() {
        TargetTotals result = TargetTotals.of(List.of(
                Log.at("2024-03-10T00:15").work(GLUTE_MAX, LEFT, 300).work(GLUTE_MAX, RIGHT, 300).build(),
                Log.at("2024-03-01T10:00").work(GLUTE_MAX, LEFT, 120).build(),
                Log.at("2024-03-12T10:00").work(GLUTE_MAX, LEFT, 0).work(TLF, CENTRAL, 60).build(),
                Log.at("2024-03-05T10:00").work(GLUTE_MAX, RIGHT, 180).build()),
                CATALOGUE, BERLIN);

        TargetTotal glute = result.targets().get(0);
        assertEquals(new TargetTotal(GLUTE_MAX, 15.0, 3, LocalDate.of(2024, 3, 10)), glute);
        assertEquals(new TargetTotal(TLF, 1.0, 1, LocalDate.of(2024, 3, 12)), result.targets().get(1));
        assertEquals(2, result.targets().size());
    }
}
