package org.sourceline.timephrase;

import java.time.LocalDate;

/** Days in words for notes: "12 April 2011", "3–31 January 2023", "27 December 2022 – 24 January 2023". */
final class Words {
    private Words() {
    }

    static String day(long day) {
        LocalDate d = CalendarMath.date(day);
        return d.getDayOfMonth() + " " + Lexicon.monthName(d.getMonthValue()) + " " + d.getYear();
    }

    static String days(long first, long last) {
        if (first == last) {
            return day(first);
        }
        LocalDate a = CalendarMath.date(first);
        LocalDate b = CalendarMath.date(last);
        boolean wholeMonths = a.getDayOfMonth() == 1 && b.getDayOfMonth() == b.lengthOfMonth();
        if (wholeMonths && a.getDayOfYear() == 1 && b.getMonthValue() == 12) {
            return a.getYear() == b.getYear() ? Integer.toString(a.getYear()) : a.getYear() + "–" + b.getYear();
        }
        if (wholeMonths) {
            String from = Lexicon.monthName(a.getMonthValue());
            String to = Lexicon.monthName(b.getMonthValue()) + " " + b.getYear();
            if (a.getYear() != b.getYear()) {
                return from + " " + a.getYear() + " – " + to;
            }
            return a.getMonthValue() == b.getMonthValue() ? to : from + "–" + to;
        }
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "–" + b.getDayOfMonth() + " " + Lexicon.monthName(a.getMonthValue()) + " " + a.getYear();
        }
        if (a.getYear() == b.getYear()) {
            return a.getDayOfMonth() + " " + Lexicon.monthName(a.getMonthValue()) + " – " + day(last);
        }
        return day(first) + " – " + day(last);
    }
}
