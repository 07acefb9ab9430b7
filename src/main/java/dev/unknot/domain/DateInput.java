package dev.unknot.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day as a person types it in a filter: year-month-day, as the log and the CSV write it (2026-11-25). */
public final class DateInput {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateInput() {
    }

    /**
     * The day typed, empty for nothing typed; anything else is refused with a message saying what is wrong.
     *
     * @throws ValidationException for text that is not a date, or names a day that does not exist
     */
    public static Optional<LocalDate> parse(String text) {
        // strip() leaves a no-break space, which pasted text can carry; \h covers it
        String typed = text == null ? "" : text.replaceAll("^[\\h\\s]+|[\\h\\s]+$", "");
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(typed);
        if (!m.matches()) {
            throw new ValidationException("\"" + shortened(typed) + "\" is not a date: type it as year-month-day, "
                    + "such as 2026-11-25.");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new ValidationException(typed + " is not a date: there is no month " + month + ".");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new ValidationException(typed + " is not a date: " + ym.getMonth().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " " + year + " has " + ym.lengthOfMonth() + " days.");
        }
        return Optional.of(LocalDate.of(year, month, day)); // four-digit years, real months and days: always a date
    }

    private static String shortened(String typed) {
        return typed.codePointCount(0, typed.length()) <= 30 ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, 30)) + "…";
    }
}
