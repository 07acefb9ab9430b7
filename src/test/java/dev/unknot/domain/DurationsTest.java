package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 17, 29, 30})
    void minutesFromFiveToThirtyAreAcceptedUnchanged(int minutes) {
        assertEquals(minutes, Durations.requireMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -5, 0, 4, 31, 60, Integer.MAX_VALUE})
    void minutesOutsideTheRangeAreRefusedWithAMessageNamingTheRange(int minutes) {
        ValidationException e = assertThrows(ValidationException.class, () -> Durations.requireMinutes(minutes));

        assertTrue(e.getMessage().contains("from 5 to 30"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "30", " 12 ", "\t8\n", "12\u00A0", "\u00A0\u202F9"})
    void typedWholeMinutesInRangeAreParsed(String text) {
        assertEquals(Integer.parseInt(text.replaceAll("[^0-9]", "")), Durations.parseMinutes(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "4", "31", "0", "-10", "12.5", "7,5", "ten", "1e1", "12 min", "99999999999"})
    void anythingElseTypedIsRefusedNotClamped(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Durations.parseMinutes(text));

        assertTrue(e.getMessage().contains("from 5 to 30"), e.getMessage());
    }
}
