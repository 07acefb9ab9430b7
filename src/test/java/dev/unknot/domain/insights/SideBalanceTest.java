package dev.unknot.domain.insights;

import dev.unknot.domain.Side;
import dev.unknot.domain.insights.SideBalance.TargetSides;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.unknot.domain.TargetCatalogue.GLUTE_MAX;
import static dev.unknot.domain.TargetCatalogue.PIRIFORMIS;
import static dev.unknot.domain.TargetCatalogue.PSOAS;
import static dev.unknot.domain.TargetCatalogue.TLF;
import static dev.unknot.domain.TargetCatalogue.UPPER_BACK;
import static dev.unknot.domain.insights.Log.CATALOGUE;
import static dev.unknot.domain.insights.Log.CENTRAL;
import static dev.unknot.domain.insights.Log.LEFT;
import static dev.unknot.domain.insights.Log.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SideBalanceTest {
    private static final double EPS = 1e-9;

    private final SideBalance result = SideBalance.of(List.of(
            Log.at("2024-03-01T10:00").work(PSOAS, LEFT, 300).work(PSOAS, RIGHT, 300)
                    .work("old_adductor", RIGHT, 60).work(TLF, CENTRAL, 600).build(),
            Log.at("2024-03-02T10:00").work(GLUTE_MAX, LEFT, 600).work(GLUTE_MAX, RIGHT, 300)
                    .work(GLUTE_MAX, CENTRAL, 900).work(UPPER_BACK, CENTRAL, 480).build(),
            Log.at("2024-03-03T10:00").work(PIRIFORMIS, RIGHT, 240).work(PIRIFORMIS, LEFT, 0).build(),
            Log.at("2024-03-04T10:00").work("old_adductor", LEFT, 180).build()), CATALOGUE);

    private TargetSides row(String id) {
        return result.targets().stream().filter(t -> t.targetId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void onlyTargetsWorkedOnASideAreListedInCatalogueOrderThenUnknownOnes() {
        assertEquals(List.of(GLUTE_MAX, PIRIFORMIS, PSOAS, "old_adductor"),
                result.targets().stream().map(TargetSides::targetId).toList());
    }

    @Test
    void moreLeftGivesSharesAndAnImbalanceTowardsTheLeft() {
        TargetSides glute = row(GLUTE_MAX); // central 15 minutes don't count
        assertEquals(10.0, glute.leftMinutes());
        assertEquals(5.0, glute.rightMinutes());
        assertEquals(2.0 / 3, glute.leftShare(), EPS);
        assertEquals(1.0 / 3, glute.rightShare(), EPS);
        assertEquals(1.0 / 3, glute.imbalance(), EPS);
        assertEquals(Optional.of(Side.LEFT), glute.moreWorked());
    }

    @Test
    void evenSidesHaveNoImbalance() {
        TargetSides psoas = row(PSOAS);
        assertEquals(0.5, psoas.leftShare(), EPS);
        assertEquals(0.0, psoas.imbalance(), EPS);
        assertEquals(Optional.empty(), psoas.moreWorked());
    }

    @Test
    void oneSideOnlyIsFullImbalance() {
        TargetSides piriformis = row(PIRIFORMIS);
        assertEquals(0.0, piriformis.leftMinutes());
        assertEquals(4.0, piriformis.rightMinutes());
        assertEquals(1.0, piriformis.rightShare(), EPS);
        assertEquals(1.0, piriformis.imbalance(), EPS);
        assertEquals(Optional.of(Side.RIGHT), piriformis.moreWorked());
    }

    @Test
    void anUnknownTargetAddsUpAcrossSessions() {
        TargetSides old = row("old_adductor");
        assertEquals(3.0, old.leftMinutes());
        assertEquals(1.0, old.rightMinutes());
        assertEquals(0.5, old.imbalance(), EPS);
    }
}
