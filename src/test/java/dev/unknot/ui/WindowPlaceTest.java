package dev.unknot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowPlaceTest {
    @Test
    void aPlaceReadsBackAsWritten() {
        WindowPlace place = new WindowPlace(-1200, 35, 1280, 800, false, true);
        assertEquals("-1200,35,1280,800,false,true", place.encode());
        assertEquals(Optional.of(place), WindowPlace.decode(place.encode()));
    }

    @Test
    void anythingElseReadsAsNoPlace() {
        for (String bad : new String[] {null, "", "1,2,3", "1,2,0,4,false,false", "1,2,3,4,yes,false",
                "a,b,c,d,false,false", "1,2,3,4,false,false,extra", "NaN,2,3,4,false,false", "1,2,-3,4,true,true"}) {
            assertEquals(Optional.empty(), WindowPlace.decode(bad), String.valueOf(bad));
        }
    }

    @Test
    void aPlaceNeedsASize() {
        assertThrows(IllegalArgumentException.class, () -> new WindowPlace(0, 0, 0, 10, false, false));
        assertThrows(IllegalArgumentException.class, () -> new WindowPlace(0, 0, 10, Double.NaN, false, false));
    }
}
