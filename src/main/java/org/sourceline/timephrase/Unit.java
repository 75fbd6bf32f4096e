package org.sourceline.timephrase;

/** The units of calendar time a phrase counts in ("two years ago", "within twenty working days"). */
enum Unit {
    HOUR("hour"),
    DAY("day"),
    /** Monday to Friday; the resolver knows no public holidays. */
    WORKING_DAY("working day"),
    WEEK("week"),
    WEEKEND("weekend"),
    MONTH("month"),
    QUARTER("quarter"),
    SEASON("season"),
    YEAR("year"),
    DECADE("decade"),
    CENTURY("century");

    private final String word;

    Unit(String word) {
        this.word = word;
    }

    /** "year", or "years" when n is not 1. */
    String words(int n) {
        if (n == 1) {
            return word;
        }
        return this == CENTURY ? "centuries" : word + "s";
    }
}
