package dev.unknot.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-13-45|2026-13-45 is not a date: there is no month 13.",
            "2026-02-29|2026-02-29 is not a date: February 2026 has 28 days.",
            "2026-04-31|2026-04-31 is not a date: April 2026 has 30 days.",
            "2026-00-10|2026-00-10 is not a date: there is no month 0.",
            "yesterday|\"yesterday\" is not a date: type it as year-month-day, such as 2026-11-25.",
            "25.11.2026|\"25.11.2026\" is not a date: type it as year-month-day, such as 2026-11-25.",
            "-2026-11-25|\"-2026-11-25\" is not a date: type it as year-month-day, such as 2026-11-25."})
    void whatIsNotADayIsRefusedSayingWhy(String typed, String message) {
        assertEquals(message, assertThrows(ValidationException.class, () -> DateInput.parse(typed)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", " 2024-02-29 ", "\u00a02024-02-29", "2024-2-29"})
    void aRealDayIsTakenAsTyped(String typed) {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateInput.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void nothingTypedIsNoDate(String typed) {
        assertEquals(Optional.empty(), DateInput.parse(typed));
    }

    @org.junit.jupiter.api.Test
    void aHugePasteIsQuotedShort() {
        String message = assertThrows(ValidationException.class, () -> DateInput.parse("x".repeat(10_000))).getMessage();
        assertEquals("\"" + "x".repeat(30) + "…\" is not a date: type it as year-month-day, such as 2026-11-25.", message);
    }
}
