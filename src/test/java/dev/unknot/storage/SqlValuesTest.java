package dev.unknot.storage;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The log's timestamps read back exactly as written, by the fast path, and anything else as Instant.parse reads it. */
class SqlValuesTest {

    @Test
    void everyWrittenTimestampReadsBackAsTheSameInstant() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant written = Instant.ofEpochMilli(random.nextLong(0, 253_402_300_799_999L)); // years 1970-9999
            String text = SqlValues.timestamp(written);
            assertEquals(24, text.length(), text);
            assertEquals(written, SqlValues.instant(text), text);
            assertEquals(Instant.parse(text), SqlValues.instant(text), text);
        }
        assertEquals(Instant.parse("2026-11-25T22:07:54Z"), SqlValues.instant("2026-11-25T22:07:54.000Z"));
    }

    @Test
    void otherIsoInstantsAreReadAsInstantParseReadsThem() {
        for (String text : List.of("2026-11-25T22:07:54Z", "2026-11-25T22:07:54.5Z", "2026-11-25T22:07:54.123456Z",
                "2026-11-25T24:00:00.000Z", "2026-12-31T23:59:60.000Z")) {
            assertEquals(Instant.parse(text), SqlValues.instant(text));
        }
    }

    @Test
    void textThatIsNoTimestampIsRefusedAsInstantParseRefusesIt() {
        for (String text : List.of("2026-02-30T00:00:00.000Z", "2026-11-25T25:00:00.000Z", "2026-+1-25T22:07:54.000Z",
                "2026-11-25 22:07:54.000Z", "yesterday", "")) {
            assertThrows(DateTimeParseException.class, () -> SqlValues.instant(text), text);
        }
    }
}
