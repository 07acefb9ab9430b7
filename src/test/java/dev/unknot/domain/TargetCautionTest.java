package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cautions say what the safety rules need; they are shown before the target is worked. */
class TargetCautionTest {
    private final TargetCatalogue catalogue = new TargetCatalogue();

    private String caution(String id) {
        return catalogue.byId(id).caution().toLowerCase(Locale.ROOT);
    }

    @Test
    void psoasSaysToStopOnAPulseOrASharpPain() {
        String caution = caution(TargetCatalogue.PSOAS);

        assertTrue(caution.contains("pulse"), caution);
        assertTrue(caution.contains("sharp pain"), caution);
        assertTrue(caution.contains("stop"), caution);
    }

    @ParameterizedTest
    @ValueSource(strings = {TargetCatalogue.QL, TargetCatalogue.TLF})
    void qlAndTlfKeepOffTheRibsAndTheKidneyArea(String id) {
        String caution = caution(id);

        assertTrue(caution.contains("ribs"), caution);
        assertTrue(caution.contains("kidney"), caution);
    }
}
