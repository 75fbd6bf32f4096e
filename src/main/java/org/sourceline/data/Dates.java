package org.sourceline.data;

/**
 * Reads ISO days ({@code 2023-01-02}) without the general-purpose date parser, which costs
 * more than the rest of reading an event's time. Anything unusual is left to that parser.
 */
final class Dates {
    /** Returned when the text is not a plain {@code YYYY-MM-DD} date of the proleptic Gregorian calendar. */
    static final long NOT_A_DATE = Long.MIN_VALUE;

    private Dates() {
    }

    /** The epoch day of a {@code YYYY-MM-DD} date (year 0000–9999), or {@link #NOT_A_DATE}. */
    static long epochDay(String text) {
        return text.length() == 10 ? epochDay(text.toCharArray(), 0) : NOT_A_DATE;
    }

    /** The same for the ten characters at {@code chars[offset ..]} (when there are ten). */
    static long epochDay(char[] chars, int offset, int length) {
        return length == 10 ? epochDay(chars, offset) : NOT_A_DATE;
    }

    private static long epochDay(char[] text, int at) {
        if (text[at + 4] != '-' || text[at + 7] != '-') {
            return NOT_A_DATE;
        }
        int year = digits(text, at, at + 4);
        int month = digits(text, at + 5, at + 7);
        int day = digits(text, at + 8, at + 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > length(year, month)) {
            return NOT_A_DATE;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay();
    }

    private static int digits(char[] s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int length(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
