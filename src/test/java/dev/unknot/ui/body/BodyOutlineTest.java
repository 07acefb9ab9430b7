package dev.unknot.ui.body;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Side;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outline lights exactly the region of the target and side it is given, and every target has one. */
@ExtendWith(ApplicationExtension.class)
class BodyOutlineTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private final BodyOutline outline = new BodyOutline();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(outline), 200, 420));
        stage.show();
    }

    @Test
    void theLeftPiriformisLightsOnlyTheLeftPiriformis() throws Exception {
        assertEquals(List.of("piriformis-left"), lit(List.of(new BodyMark(TargetCatalogue.PIRIFORMIS, Side.LEFT))));
    }

    @Test
    void theSecondSideMovesTheLightAcross() throws Exception {
        lit(List.of(new BodyMark(TargetCatalogue.GLUTE_MAX, Side.LEFT)));
        assertEquals(List.of("glute_max-right"), lit(List.of(new BodyMark(TargetCatalogue.GLUTE_MAX, Side.RIGHT))));
    }

    @Test
    void aCentralTargetLightsItsOneRegion() throws Exception {
        assertEquals(List.of("tlf-central"), lit(List.of(new BodyMark(TargetCatalogue.TLF, Side.CENTRAL))));
        assertEquals(List.of("upper_back-central"), lit(List.of(new BodyMark(TargetCatalogue.UPPER_BACK, Side.CENTRAL))));
    }

    @Test
    void thePsoasIsMarkedAsDeepAtTheFront() throws Exception {
        assertEquals(List.of("psoas-right"), lit(List.of(new BodyMark(TargetCatalogue.PSOAS, Side.RIGHT))));
        assertTrue(fx(() -> outline.lookup(".psoas-right").getStyleClass().contains("deep")));
    }

    @Test
    void aRoutineLightsEveryTargetAndSideItWorks() throws Exception {
        List<String> lit = lit(BodyMark.of(new BuiltInRoutines(CATALOGUE).defaultRoutine()));
        assertEquals(List.of("tlf-central", "glute_max-left", "glute_max-right", "glute_med_min-left",
                "glute_med_min-right", "piriformis-left", "piriformis-right", "psoas-left", "psoas-right"), lit);
    }

    @Test
    void noMarksLightsNothing() throws Exception {
        lit(List.of(new BodyMark(TargetCatalogue.QL, Side.LEFT)));
        assertEquals(List.of(), lit(List.of()));
    }

    @Test
    void everyTargetInTheCatalogueHasARegionForEachSideItIsWorkedOn() {
        for (Target target : CATALOGUE.all()) {
            for (Side side : target.usualSides().order()) {
                assertTrue(outline.regionIds().contains(target.id() + "-" + side.id()), target.id() + " " + side);
            }
        }
    }

    private List<String> lit(List<BodyMark> marks) throws Exception {
        return fx(() -> {
            outline.marksProperty().set(marks);
            return outline.litRegions();
        });
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
