package dev.unknot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatTest {
    private static String away(Duration d) {
        return Format.away(d.toNanos());
    }

    @Test
    void timeAwayReadsAsAPersonSaysIt() {
        assertEquals("0 s", away(Duration.ZERO));
        assertEquals("59 s", away(Duration.ofMillis(59_999)));
        assertEquals("1 min", away(Duration.ofSeconds(60)));
        assertEquals("12 min", away(Duration.ofMinutes(12).plusSeconds(29)));
        assertEquals("13 min", away(Duration.ofMinutes(12).plusSeconds(30)));
        assertEquals("1 h", away(Duration.ofMinutes(60)));
        assertEquals("2 h 5 min", away(Duration.ofMinutes(125)));
    }

    @Test
    void clockShowsHoursOnlyPastTheHour() {
        assertEquals("9:05", Format.clock(545));
        assertEquals("1:02:03", Format.clock(3_723));
        assertEquals("0:00", Format.clock(-4));
    }
}
