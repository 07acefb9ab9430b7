package dev.unknot.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the export's round-trip tests: every record ends with CRLF, a field is either
 * unquoted (no comma, quote, CR or LF in it) or quoted with inner quotes doubled. Anything else is an error, so a
 * writer that bends the rules fails the test instead of being read generously.
 */
final class Rfc4180 {
    private Rfc4180() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
            } else {
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("a bare " + (c == '"' ? "quote" : "LF")
                                + " in an unquoted field at " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            if (text.charAt(i) == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                records.add(List.copyOf(record));
                record.clear();
                i += 2;
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at " + i + ", found "
                        + (int) text.charAt(i));
            }
        }
        return records;
    }
}
